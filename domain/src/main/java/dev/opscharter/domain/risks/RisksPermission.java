package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;
import static dev.opscharter.domain.shared.Role.OPS_SPECIALIST;

/** Who may do what with the risk register (issue 15). */
public enum RisksPermission implements Permission {
    /** The register, its history, the heat map and the reviews. */
    READ,
    /** Add and rate risks, set their controls, indicators and contingency plans, hold the reviews. */
    MANAGE,
    /** Record a key risk indicator's figure. */
    RECORD,
    /** Sign off what the charter reserves for management: closing or accepting a major risk. */
    SIGN_OFF;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER, OPS_SPECIALIST, AUDITOR);
            case MANAGE -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR);
            case RECORD -> Grant.anyOf(OPS_MANAGER, OPS_DIRECTOR, OPS_SPECIALIST);
            case SIGN_OFF -> Grant.anyOf(OPS_DIRECTOR);
        };
    }
}
