package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with operating costs, revenue, ROI and budgets (issue 14). */
public enum CostsPermission implements Permission {
    /** Costs, revenue, ROI, flagged channels, budgets and their use. */
    READ,
    /** Enter, correct or import monthly costs and channel revenue. */
    RECORD,
    /** Channels, budget change requests and the stop-or-optimize decisions. */
    MANAGE;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case RECORD -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
        };
    }
}
