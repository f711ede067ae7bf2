package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What a month cost of one type, on one channel or on none (labour is seldom a channel's). One per
 * month × type × channel: a second amount for the same key is a correction of the first.
 */
public record MonthlyCost(MonthlyCostId id, YearMonth month, CostType type, Optional<ChannelId> channel,
                          BigDecimal amount, String note, long version) {

    public static final int MAX_NOTE = 500;

    public MonthlyCost {
        Objects.requireNonNull(id, "id");
        Months.check(month);
        Require.present(type, "type");
        Objects.requireNonNull(channel, "channel");
        amount = Amounts.checked(amount, "amount");
        note = Notes.optional(note, "note", MAX_NOTE);
    }

    public static MonthlyCost record(YearMonth month, CostType type, Optional<ChannelId> channel, BigDecimal amount,
                                     String note) {
        return new MonthlyCost(MonthlyCostId.random(), month, type, channel, amount, note, 0);
    }

    public CostKey key() {
        return new CostKey(month, type, channel);
    }

    /** The corrected amount; the key stays, as it names what was spent when and where. */
    public MonthlyCost correct(BigDecimal newAmount, String newNote) {
        return new MonthlyCost(id, month, type, channel, newAmount, newNote, version);
    }

    /** Month × type × channel: what identifies a cost in an import. */
    public record CostKey(YearMonth month, CostType type, Optional<ChannelId> channel) {
    }
}
