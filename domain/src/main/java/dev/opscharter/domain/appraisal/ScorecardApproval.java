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

    /** Only a period that has ended can be approved: its figures are final. */
    public static ScorecardApproval approve(Scorecard scorecard, List<PartValue> values, String by, Instant at,
                                            LocalDate today, String comment) {
        if (today.isBefore(scorecard.period().endExclusive())) {
            throw new RuleViolation("rule.scorecard.period-not-ended", scorecard.period().key());
        }
        return new ScorecardApproval(scorecard.period(), scorecard.standardsVersion(), values, scorecard.status(),
                by, at, comment);
    }

    /** Whether this approval freezes figures of {@code part} for {@code valuePeriod}. */
    public boolean freezes(Part part, Period valuePeriod) {
        if (period.equals(valuePeriod)) {
            return true;
        }
        // an approved year also fixes the quarters its annual figures add up
        return period instanceof Period.Year year && part.basis() == Basis.YEAR
                && valuePeriod instanceof Period.Quarter quarter && quarter.year() == year.year();
    }

    public Scorecard scorecard(AppraisalStandards standards) {
        return ScorecardPolicy.evaluate(period, standards, new PartValues(frozenValues));
    }
}
