package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.FormErrors;

/** Runs a use case for the user: a refusal becomes field errors or a notification, a success a confirmation. */
public final class Attempt {

    private Attempt() {
    }

    /** @return whether the use case succeeded */
    public static boolean run(Component owner, FormErrors errors, String successKey, Runnable useCase) {
        boolean done = errors.run(useCase);
        if (done) {
            FormErrors.success(owner, owner.getTranslation(successKey));
        }
        return done;
    }

    /** As {@link #run(Component, FormErrors, String, Runnable)}, then {@code afterwards} whatever the outcome (a reload). */
    public static boolean run(Component owner, FormErrors errors, String successKey, Runnable useCase,
                              Runnable afterwards) {
        try {
            return run(owner, errors, successKey, useCase);
        } finally {
            afterwards.run();
        }
    }

    /** A use case that no single field stands for, such as an action on a grid row. */
    public static boolean run(Component owner, String successKey, Runnable useCase) {
        return run(owner, new FormErrors(owner), successKey, useCase);
    }
}
