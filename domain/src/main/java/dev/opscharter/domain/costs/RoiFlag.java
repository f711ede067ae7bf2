package dev.opscharter.domain.costs;

import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel month that returned less than it cost, the work item that asks for a decision about it,
 * and the decision once recorded. One per channel × month; a decision is final (a later month below
 * break-even is a flag of its own).
 */
public record RoiFlag(RoiFlagId id, ChannelId channel, YearMonth month, WorkItemId workItem,
                      Optional<RoiDecision> decision, long version) {

    public RoiFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Months.check(month);
        Objects.requireNonNull(workItem, "workItem");
        Objects.requireNonNull(decision, "decision");
        if (decision.isPresent() && (!decision.get().channel().equals(channel) || !decision.get().month().equals(month))) {
            throw new IllegalArgumentException("a decision about another channel month: " + decision.get());
        }
    }

    public static RoiFlag raise(ChannelId channel, YearMonth month, WorkItemId workItem) {
        return new RoiFlag(RoiFlagId.random(), channel, month, workItem, Optional.empty(), 0);
    }

    public boolean decided() {
        return decision.isPresent();
    }

    public RoiFlag decide(RoiDecision made) {
        Refusal.enforce(decidable());
        return new RoiFlag(id, channel, month, workItem, Optional.of(made), version);
    }

    /** Managers decide; a decided month shows no step, an undecided one shows it to whoever may decide. */
    public List<Step<RoiFlagStep>> allowedSteps(Actor actor) {
        return decided() || !actor.may(CostsPermission.MANAGE) ? List.of() : List.of(Step.open(RoiFlagStep.DECIDE));
    }

    private Optional<Refusal> decidable() {
        return decided() ? Refusal.because("rule.costs.already-decided") : Optional.empty();
    }
}
