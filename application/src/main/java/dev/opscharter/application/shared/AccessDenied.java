package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Permission;
import dev.opscharter.domain.shared.Role;

import java.util.Arrays;

/** The acting user may not do this. Thrown by use cases, whatever the view showed. */
public final class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }

    /** The one check: returns the actor when they {@linkplain Actor#may may} do it, throws otherwise. */
    public static Actor unless(Actor actor, Permission permission) {
        if (!actor.may(permission)) {
            throw new AccessDenied(actor.isAuthenticated() ? actor.name() + " may not " + permission.name()
                    : "sign in first");
        }
        return actor;
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
