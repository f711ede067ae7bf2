package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.domain.appraisal.Part;

import java.math.BigDecimal;
import java.util.Map;

/** The director adjusts the thresholds from a year on; each adjustment is a new version. */
public interface ManageStandards {

    /** @param basedOn the latest version number the director saw */
    int adjust(int fromYear, Map<Part, BigDecimal> thresholds, String note, int basedOn);
}
