package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A promotion or sales channel (an e-commerce shop, a trade show, search ads) that costs are spent on
 * and revenue is attributed to. A stopped channel is deactivated, never deleted: its months stay.
 */
public record Channel(ChannelId id, String code, BilingualName name, boolean active, long version) {

    public Channel {
        Objects.requireNonNull(id, "id");
        code = Amounts.code(code);
        Objects.requireNonNull(name, "name");
    }

    public static Channel create(String code, BilingualName name) {
        return new Channel(ChannelId.random(), code, name, true, 0);
    }

    public Channel rename(BilingualName newName) {
        return new Channel(id, code, newName, active, version);
    }

    public Channel deactivate() {
        Refusal.enforce(active ? Optional.empty() : Refusal.because("rule.costs.channel-inactive"));
        return new Channel(id, code, name, false, version);
    }

    public Channel reactivate() {
        Refusal.enforce(active ? Refusal.because("rule.costs.channel-active") : Optional.empty());
        return new Channel(id, code, name, true, version);
    }

    public List<Step<ChannelStep>> allowedSteps() {
        return List.of(Step.open(ChannelStep.EDIT),
                Step.open(active ? ChannelStep.DEACTIVATE : ChannelStep.REACTIVATE));
    }
}
