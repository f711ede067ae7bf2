package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;

import java.util.Arrays;

/** The acting user may not do this. Thrown by use cases, whatever the view showed. */
public final class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }

    /** Passes when the actor holds one of the roles, throws otherwise. */
    public static void unlessAnyOf(Actor actor, Role... allowed) {
        if (!actor.hasAnyOf(allowed)) {
            throw new AccessDenied(actor.name() + " needs one of " + Arrays.toString(allowed));
        }
    }

    public static void unlessAuthenticated(Actor actor) {
        if (!actor.isAuthenticated()) {
            throw new AccessDenied("sign in first");
        }
    }
}
