package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with efficiency projects, benchmarks and tool introductions (issue 14). */
public enum EfficiencyPermission implements Permission {
    /** Projects, benchmarks, tools and their improvements. */
    READ,
    /** Draft a project and its indicators while it is planned: what a specialist prepares for the manager. */
    PREPARE,
    /** Start, accept and cancel projects; benchmarks and tools. */
    MANAGE;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case PREPARE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
        };
    }
}
