package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Permission;

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

}
