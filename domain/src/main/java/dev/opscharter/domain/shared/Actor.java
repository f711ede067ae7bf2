package dev.opscharter.domain.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a signed-in user with roles, or the system itself (seeding, housekeeping) or its
 * schedule (scheduled runs). A job that a user started acts on their behalf, as them.
 * Use cases ask the actor, never the view, whether something is allowed.
 */
public record Actor(String name, Set<Role> roles, boolean system) {

    public static final Actor SYSTEM = new Actor("system", EnumSet.allOf(Role.class), true);
    /** The system acting on a schedule (the quarterly check): shown as "scheduled", not as anyone. */
    public static final Actor SCHEDULE = new Actor("scheduled", EnumSet.allOf(Role.class), true);
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of(), false);

    public Actor {
        name = Require.text(name, "actor", 80);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor user(String name, Set<Role> roles) {
        return new Actor(name, roles, false);
    }

    public boolean hasAnyOf(Role... wanted) {
        return system || Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean isAuthenticated() {
        return !equals(ANONYMOUS);
    }
}
