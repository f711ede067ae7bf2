package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.shared.Role;

import java.util.Optional;
import java.util.Set;

/**
 * What the security adapter needs to authenticate a user and to throttle guessing. It runs
 * before anyone is signed in, so it is the one port without an acting user.
 */
public interface SignIn {

    Optional<Credentials> credentials(String username);

    void failed(String username);

    void succeeded(String username);

    /**
     * {@code usable} is false for a disabled account or a person who has left; {@code mustChangePassword}
     * is true while the account still has a generated password.
     */
    record Credentials(String username, String passwordHash, Set<Role> roles, boolean usable, boolean locked,
                       boolean mustChangePassword) {

        /** The roles the account may act with now: none until a generated password has been replaced. */
        public Set<Role> actingRoles() {
            return mustChangePassword ? Set.of() : roles;
        }
    }
}
