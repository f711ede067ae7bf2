package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Proportion;

import java.util.HashSet;

/**
 * The team appraisal pass rate (团队考核合格率) of a quarter: the people who passed ÷ the people appraised in it.
 * Nobody appraised is no figure, not 100 %.
 */
public record AppraisalPassRate(long passed, long appraised) implements Proportion {

    public static final AppraisalPassRate NONE = new AppraisalPassRate(0, 0);

    public AppraisalPassRate {
        Proportion.check("appraisal pass rate", passed, appraised);
    }

    /** The rate of the results of {@code quarter} among {@code results}; two results of one person are refused. */
    public static AppraisalPassRate of(Iterable<AppraisalResult> results, Period.Quarter quarter) {
        long passed = 0;
        long appraised = 0;
        var seen = new HashSet<PersonId>();
        for (var result : results) {
            if (!result.quarter().equals(quarter)) {
                continue;
            }
            if (!seen.add(result.person())) {
                throw new IllegalArgumentException(result.person() + " appraised twice in " + quarter);
            }
            appraised++;
            if (result.passed()) {
                passed++;
            }
        }
        return new AppraisalPassRate(passed, appraised);
    }

    @Override
    public long part() {
        return passed;
    }

    @Override
    public long whole() {
        return appraised;
    }
}
