package dev.opscharter.domain.incidents;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with incidents (issue 15). */
public enum IncidentsPermission implements Permission {
    /** The incidents, their timings and the timeliness rate: auditors included, who change nothing. */
    READ,
    /** Report an incident and do its steps. */
    HANDLE,
    /** Rule whether an incident is a major operational accident: the director's sign-off. */
    RULE,
    /** Set the incident types and each step's limit: how fast the department promises to respond. */
    CONFIGURE;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case HANDLE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
            case RULE -> Grant.anyOf(OPS_DIRECTOR);
            case CONFIGURE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
        };
    }
}
