package dev.opscharter.adapters.ui.shared.kit;

/**
 * The role names as compile-time constants, for {@code @RolesAllowed} (an annotation cannot take
 * {@code Role.ADMIN.name()}). Each equals the name of its {@link dev.opscharter.domain.shared.Role};
 * {@code RolesTest} keeps the two lists the same.
 */
public final class Roles {

    public static final String OPS_DIRECTOR = "OPS_DIRECTOR";
    public static final String OPS_MANAGER = "OPS_MANAGER";
    public static final String OPS_SPECIALIST = "OPS_SPECIALIST";
    public static final String DEPARTMENT_LEAD = "DEPARTMENT_LEAD";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
