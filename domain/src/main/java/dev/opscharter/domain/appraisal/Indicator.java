package dev.opscharter.domain.appraisal;

import java.util.Arrays;
import java.util.List;

/** The five appraisal indicators of the charter, in its order. */
public enum Indicator {
    TARGET_ATTAINMENT,
    EFFICIENCY_IMPROVEMENT,
    SATISFACTION,
    TEAM_MANAGEMENT,
    RISK_CONTROL;

    public List<Part> parts() {
        return Arrays.stream(Part.values()).filter(p -> p.indicator() == this).toList();
    }
}
