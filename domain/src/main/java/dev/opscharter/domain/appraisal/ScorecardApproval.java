package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The director's approval of a period's scorecard. It freezes the period: the values it was judged
 * on are kept as they were (records may change later, the approved scorecard does not), and no
 * figure of the period can be entered or replaced any more.
 */
public record ScorecardApproval(Period period, int standardsVersion, List<PartValue> frozenValues, Status status,
                                String approvedBy, Instant approvedAt, String comment) {

    public static final int MAX_COMMENT = 1000;

    public ScorecardApproval {
        Objects.requireNonNull(period);
        frozenValues = List.copyOf(frozenValues);
        Objects.requireNonNull(status);
        Objects.requireNonNull(approvedBy);
        Objects.requireNonNull(approvedAt);
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidValue("comment", "validation.too-long", MAX_COMMENT);
        }
    }

    /**
     * Whether the director may approve a scorecard on {@code today}, and if not, why. An approval
     * cannot be taken back, so it waits for final figures: the period has ended and every part the
     * verdict rests on has its figure.
     */
    public sealed interface Approvability {

        record Approvable() implements Approvability {
        }

        record NotEnded(Period period) implements Approvability {
        }

        record PartsWithoutData(Period period, List<Part> parts) implements Approvability {

            public PartsWithoutData {
                parts = List.copyOf(parts);
            }
        }
    }

    public static Approvability approvability(Scorecard scorecard, LocalDate today) {
        var period = scorecard.period();
        if (today.isBefore(period.endExclusive())) {
            return new Approvability.NotEnded(period);
        }
        var missing = scorecard.partsWithoutData();
        return missing.isEmpty() ? new Approvability.Approvable() : new Approvability.PartsWithoutData(period, missing);
    }

    /** Approves as {@link #approvability} allows; anything else is refused, naming the reason. */
    public static ScorecardApproval approve(Scorecard scorecard, List<PartValue> values, String by, Instant at,
                                            LocalDate today, String comment) {
        switch (approvability(scorecard, today)) {
            case Approvability.Approvable approvable -> {
            }
            case Approvability.NotEnded notEnded ->
                    throw new RuleViolation("rule.scorecard.period-not-ended", notEnded.period().key());
            case Approvability.PartsWithoutData missing -> throw new RuleViolation(
                    "rule.scorecard.parts-without-data", missing.period().key(),
                    String.join(", ", missing.parts().stream().map(Part::name).toList()));
        }
        return new ScorecardApproval(scorecard.period(), scorecard.standardsVersion(), values, scorecard.status(),
                by, at, comment);
    }

    /** Whether this approval freezes figures of {@code part} for {@code valuePeriod}. */
    public boolean freezes(Part part, Period valuePeriod) {
        if (period.equals(valuePeriod)) {
            return true;
        }
        // an approved year also fixes the quarters its figures add up or average
        return period instanceof Period.Year year
                && valuePeriod instanceof Period.Quarter quarter && quarter.year() == year.year()
                && (part.basis() == Basis.YEAR
                || frozenValues.stream().anyMatch(v -> v.part() == part && v.period().equals(valuePeriod)));
    }

    public Scorecard scorecard(AppraisalStandards standards) {
        return ScorecardPolicy.evaluate(period, standards, new PartValues(frozenValues));
    }
}
