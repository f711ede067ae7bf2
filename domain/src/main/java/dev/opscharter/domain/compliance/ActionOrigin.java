package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Period;

/**
 * What a corrective action corrects: a finding of a compliance check, or what an incident's post-mortem found. Both
 * go through the same lifecycle (整改), escalation and verification; only where they came from differs.
 */
public sealed interface ActionOrigin permits FindingRef, IncidentRef {

    /** The period the finding belongs to, {@link Period#key()} form: the checked period, or the incident's quarter. */
    String periodKey();

    default Period period() {
        return Period.parse(periodKey());
    }
}
