package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.domain.shared.Actor;

/**
 * Who ran a run and why it failed, in the user's language: the schedule and the system are named as
 * such, not as accounts, and the reasons the application gives in fixed words are translated.
 */
public final class RunTexts {

    private RunTexts() {
    }

    /** "scheduled", "system" or the user's name. */
    public static String actor(Component in, String name) {
        if (name.equals(Actor.SCHEDULE.name())) {
            return in.getTranslation("run.by.scheduled");
        }
        if (name.equals(Actor.SYSTEM.name())) {
            return in.getTranslation("run.by.system");
        }
        return name;
    }

    /** A run's failure: translated when it is one the application names, else as recorded. */
    public static String failure(Component in, String failure) {
        if (failure.equals(RunHeartbeat.INTERRUPTED)) {
            return in.getTranslation("run.failure.interrupted");
        }
        if (failure.equals(RunComplianceCheck.REFUSED)) {
            return in.getTranslation("run.failure.refused");
        }
        return failure;
    }
}
