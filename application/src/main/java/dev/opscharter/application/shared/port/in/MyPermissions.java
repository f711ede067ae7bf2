package dev.opscharter.application.shared.port.in;

import dev.opscharter.domain.shared.Permission;

/** What the signed-in user may do: screens ask this instead of naming roles, and the use case checks the same. */
public interface MyPermissions {

    boolean may(Permission permission);
}
