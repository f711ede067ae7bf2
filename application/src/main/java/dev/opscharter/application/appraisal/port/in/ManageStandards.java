package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The director adjusts the thresholds from a quarter on; each adjustment is a new version. */
public interface ManageStandards {

    /**
     * @param basedOn  the latest version number the director saw
     * @param rejudged the periods the director saw re-judged in {@link StandardsQueries#preview}: when the new
     *                 version would now re-judge others (a figure was entered meanwhile), nothing is saved
     */
    int adjust(Period.Quarter from, Map<Part, BigDecimal> thresholds, String note, int basedOn,
               Collection<? extends Period> rejudged);
}
