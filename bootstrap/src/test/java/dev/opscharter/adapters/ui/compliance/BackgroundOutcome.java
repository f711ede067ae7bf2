package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;

import java.util.function.BooleanSupplier;

/** Lets a browserless UI run the updates a background task sends, until its outcome is shown. */
public final class BackgroundOutcome {

    private BackgroundOutcome() {
    }

    public static void await(BooleanSupplier shown) {
        var ui = UI.getCurrent();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            ui.getSession().getService().runPendingAccessTasks(ui.getSession());
            if (shown.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the background task did not finish");
    }
}
