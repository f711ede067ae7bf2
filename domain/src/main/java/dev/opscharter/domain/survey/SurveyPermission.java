package dev.opscharter.domain.survey;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.DEPARTMENT_LEAD;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/**
 * What the survey context guards (campaigns, invitations, results). Respondents hold none: their
 * invitation link is their one right, to answer that survey once.
 */
public enum SurveyPermission implements Permission {
    /** Campaigns and their results; a department lead's are narrowed to their department by the use case. */
    READ_RESULTS,
    /** Create and edit draft campaigns. */
    PREPARE,
    /** Schedule, open, close and cancel campaigns, edit scheduled ones, invite and remind. */
    MANAGE;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ_RESULTS -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR, DEPARTMENT_LEAD);
            case PREPARE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
        };
    }
}
