package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.StandardsImpact;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.util.Map;

/** The standards by period, and what an adjustment would re-judge before the director saves it. */
public interface StandardsQueries {

    /** The version a period is judged by unless approved: the one in force on its first day. */
    AppraisalStandards standardsIn(Period period);

    /**
     * Which periods from {@code from} up to today the thresholds would re-judge, and how, judged by the same
     * rule as the scorecard; approved periods keep their verdict and are listed as such. Refuses what
     * {@link ManageStandards#adjust} would refuse for the quarter and the thresholds.
     */
    StandardsImpact preview(Period.Quarter from, Map<Part, BigDecimal> thresholds);
}
