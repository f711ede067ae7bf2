package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.shared.RunHeartbeat;

import java.util.function.UnaryOperator;

/**
 * Who ran a run and why it failed, in the user's language: the schedule and the system are named as
 * such, not as accounts, a user by their person's name, and the reasons the application gives in
 * fixed words are translated.
 */
public final class RunTexts {

    private RunTexts() {
    }

    /** 按计划 / Scheduled, 系统 / System, or the person's name ({@code people}: user name → name). */
    public static String actor(Component in, String name, UnaryOperator<String> people) {
        return RunWording.actorKey(name).map(key -> in.getTranslation(key)).orElseGet(() -> people.apply(name));
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
