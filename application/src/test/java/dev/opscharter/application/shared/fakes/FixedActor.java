package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;

import java.util.Set;

/** The acting user of a test; switch it to act as someone else. */
public final class FixedActor implements CurrentActor {

    private Actor actor;

    public FixedActor(Actor actor) {
        this.actor = actor;
    }

    public static FixedActor as(String name, Role... roles) {
        return new FixedActor(Actor.user(name, Set.of(roles)));
    }

    public void actAs(Actor other) {
        this.actor = other;
    }

    @Override
    public Actor get() {
        return actor;
    }
}
