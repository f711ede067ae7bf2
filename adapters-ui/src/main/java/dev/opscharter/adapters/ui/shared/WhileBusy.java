package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.util.function.BooleanSupplier;

/**
 * Keeps a page up to date while what it shows is still changing in the background (a queued or
 * running check): it polls, refreshes the page on every poll, and stops asking for polls once
 * nothing is busy any more. The page calls {@link #follow()} after it has drawn itself, so a change
 * the user made (a run started) starts the polling too.
 */
public final class WhileBusy implements Serializable {

    private final Component page;
    private final int millis;
    private final BooleanSupplier busy;
    private final Runnable refresh;
    private @Nullable Registration polls;

    public WhileBusy(Component page, int millis, BooleanSupplier busy, Runnable refresh) {
        this.page = page;
        this.millis = millis;
        this.busy = busy;
        this.refresh = refresh;
        page.addAttachListener(attach -> {
            polls = attach.getUI().addPollListener(poll -> {
                if (busy.getAsBoolean()) {
                    refresh.run();
                }
            });
            follow();
        });
        page.addDetachListener(detach -> {
            Polling.release(detach.getUI(), this);
            if (polls != null) {
                polls.remove();
                polls = null;
            }
        });
    }

    /** Asks for polling while busy, releases it otherwise. */
    public void follow() {
        page.getUI().ifPresent(this::follow);
    }

    private void follow(UI ui) {
        if (busy.getAsBoolean()) {
            Polling.request(ui, this, millis);
        } else {
            Polling.release(ui, this);
        }
    }

}
