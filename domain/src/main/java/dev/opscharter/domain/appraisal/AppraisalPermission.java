package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** What the appraisal context guards (scorecards, figures, standards). */
public enum AppraisalPermission implements Permission {
    /** Scorecards, their trend, standards, figures and their attachments. */
    READ,
    /** Enter a figure and attach its evidence. */
    RECORD,
    /** Approve a quarter's scorecard. */
    APPROVE,
    ADJUST_STANDARDS;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST);
            case RECORD -> Grant.anyOf(OPS_MANAGER, OPS_SPECIALIST);
            case APPROVE -> Grant.anyOf(OPS_DIRECTOR);
            case ADJUST_STANDARDS -> Grant.anyOf(OPS_DIRECTOR);
        };
    }
}
