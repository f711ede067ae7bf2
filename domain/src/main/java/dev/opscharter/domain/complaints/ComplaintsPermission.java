package dev.opscharter.domain.complaints;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with complaints (issue 15). */
public enum ComplaintsPermission implements Permission {
    /** The day counts, the major complaints and the rate: auditors included, who change nothing. */
    READ,
    /** Enter the day counts and record a major complaint (which opens an incident). */
    RECORD;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case RECORD -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
        };
    }
}
