package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.Permission;

public final class PermissionService implements MyPermissions {

    private final CurrentActor actor;

    public PermissionService(CurrentActor actor) {
        this.actor = actor;
    }

    @Override
    public boolean may(Permission permission) {
        return actor.get().may(permission);
    }
}
