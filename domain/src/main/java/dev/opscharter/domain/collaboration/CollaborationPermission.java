package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with meetings, projects and conflicts (issue 16). */
public enum CollaborationPermission implements Permission {
    /** Meetings, projects, launches and the conflict register; department leads see what involves them. */
    READ,
    /** Set up meeting series, projects and launches, record conflicts and their resolutions, keep the plans. */
    MANAGE,
    /** Take a meeting's minutes: decisions and action items. */
    TAKE_MINUTES;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
            case TAKE_MINUTES -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
        };
    }
}
