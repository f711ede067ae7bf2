package dev.opscharter.domain.shared;

import static dev.opscharter.domain.shared.Role.ADMIN;
import static dev.opscharter.domain.shared.Role.AUDITOR;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;

/** What the shared services guard (the audit trail, the inbox). */
public enum SharedPermission implements Permission {
    READ_AUDIT,
    /** One's own inbox (the scheduler has none). */
    INBOX;

    @Override
    public Grant grant() {
        return switch (this) {
            case READ_AUDIT -> Grant.anyOf(ADMIN, AUDITOR, OPS_DIRECTOR);
            case INBOX -> Grant.signedIn();
        };
    }
}
