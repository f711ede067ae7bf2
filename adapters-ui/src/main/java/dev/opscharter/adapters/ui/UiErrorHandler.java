package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a view did not handle still reaches the user as a sentence in their language, never as a
 * stack trace; unexpected errors are logged with their cause.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var key = keyFor(event.getThrowable());
        if ("error.unexpected".equals(key)) {
            log.error("unhandled error in the UI", event.getThrowable());
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> FormErrors.error(ui, ui.getTranslation(key)));
        }
    }

    static String keyFor(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case AccessDenied denied -> {
                    return "error.access-denied";
                }
                case ConcurrentModification stale -> {
                    return "error.concurrent-modification";
                }
                case NotFound gone -> {
                    return "error.not-found";
                }
                default -> {
                }
            }
        }
        return "error.unexpected";
    }
}
