package dev.opscharter.domain.team;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with the team's training and appraisals (issue 16). */
public enum TeamPermission implements Permission {
    /** The training plans, their records, the appraisal results and both rates: auditors included, who change nothing. */
    READ,
    /** Draw up a year's training plan and its courses. */
    MANAGE,
    /** Record attendance, completion and appraisal results. */
    RECORD;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
            case RECORD -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
        };
    }
}
