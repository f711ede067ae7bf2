package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Grant;
import dev.opscharter.domain.shared.Permission;

import static dev.opscharter.domain.shared.Role.ADMIN;
import static dev.opscharter.domain.shared.Role.OPS_DIRECTOR;
import static dev.opscharter.domain.shared.Role.OPS_MANAGER;

/** What the organization context guards (departments, people, accounts, settings, the dashboard). */
public enum OrganizationPermission implements Permission {
    /** Departments, people, accounts and the organization's settings. */
    ADMINISTER,
    /** The list of people and each person's record. */
    READ_PEOPLE,
    /** The dashboard's watch on core staff who left this quarter. */
    WATCH_CORE_STAFF,
    /** The departments, the directory of names, one's own account and dashboard. */
    SIGNED_IN;

    @Override
    public Grant grant() {
        return switch (this) {
            case ADMINISTER -> Grant.anyOf(ADMIN);
            case READ_PEOPLE -> Grant.anyOf(ADMIN, OPS_DIRECTOR, OPS_MANAGER);
            case WATCH_CORE_STAFF -> Grant.anyOf(OPS_DIRECTOR, OPS_MANAGER);
            case SIGNED_IN -> Grant.signedIn();
        };
    }
}
