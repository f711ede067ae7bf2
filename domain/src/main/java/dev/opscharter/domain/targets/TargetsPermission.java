package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with targets and their actuals (issue 14). */
public enum TargetsPermission implements Permission {
    /** Units, metrics, targets, actuals, attainment and the reports. */
    READ,
    /** Business units, metrics and targets (a target's change is recorded with its reason). */
    MANAGE,
    /** Enter or import the daily actuals. */
    RECORD;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
            case RECORD -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
        };
    }
}
