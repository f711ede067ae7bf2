package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** What the compliance context guards (process manual, execution records, checks, corrective actions). */
public enum CompliancePermission implements Permission {
    /** The manual, the imported records, checks, their cases and inspection reports. */
    READ,
    /** Run a check, run it again, cancel a run. */
    RUN_CHECK,
    CLOSE_CHECK,
    EDIT_MANUAL,
    /** Import execution records and manage the imports. */
    IMPORT_RECORDS,
    /** Raise and reassign corrective actions, and verify them. */
    ASSIGN_ACTIONS,
    SEE_ALL_ACTIONS,
    /** Work on one's corrective actions (the action's rule decides which steps; auditors change none). */
    WORK_ON_ACTIONS;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR);
            case RUN_CHECK -> Grant.anyOf(OPS_MANAGER, OPS_SPECIALIST);
            case CLOSE_CHECK -> Grant.anyOf(OPS_MANAGER);
            case EDIT_MANUAL -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
            case IMPORT_RECORDS -> Grant.anyOf(OPS_MANAGER, OPS_SPECIALIST);
            case ASSIGN_ACTIONS -> Grant.anyOf(OPS_MANAGER);
            case SEE_ALL_ACTIONS -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, AUDITOR);
            case WORK_ON_ACTIONS -> Grant.signedIn();
        };
    }
}
