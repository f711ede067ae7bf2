package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** What the charter context guards (the charter's versions and the work items judged by it). */
public enum CharterPermission implements Permission {
    /** The charter in force and its versions. */
    READ,
    REVISE,
    /** Register a work item and preview how the charter decides it. */
    RAISE_WORK,
    /** The work items one may see (a lead: those of their department). */
    READ_WORK,
    /** Every work item, and the boundary tally over all departments. */
    SEE_ALL_WORK,
    /** Act on a work item as its participant (the item's rule decides which steps). */
    ACT_ON_WORK;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.signedIn();
            case REVISE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
            case RAISE_WORK -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, DEPARTMENT_LEAD);
            case READ_WORK -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case SEE_ALL_WORK -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR);
            case ACT_ON_WORK -> Grant.signedIn();
        };
    }
}
