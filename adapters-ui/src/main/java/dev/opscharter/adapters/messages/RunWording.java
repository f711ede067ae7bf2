package dev.opscharter.adapters.messages;

import dev.opscharter.domain.shared.Actor;

import java.util.Optional;

/** Who ran a run, in words: screens and reports name the schedule and the system, not their accounts. */
public final class RunWording {

    private RunWording() {
    }

    /**
     * The message key naming the schedule or the system where they, not a user, acted; empty for a
     * user. Records keep the actor's name ("scheduled", "system"); screens and reports say it in words.
     */
    public static Optional<String> actorKey(String name) {
        if (name.equals(Actor.SCHEDULE.name())) {
            return Optional.of("run.by.scheduled");
        }
        if (name.equals(Actor.SYSTEM.name())) {
            return Optional.of("run.by.system");
        }
        return Optional.empty();
    }
}
