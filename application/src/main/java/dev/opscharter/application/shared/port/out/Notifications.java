package dev.opscharter.application.shared.port.out;

import dev.opscharter.domain.shared.Require;

import java.util.List;

/**
 * Tells a user something: into their in-app inbox, and by whatever other channel the adapter adds
 * (e-mail). The subject is an i18n key with arguments, so each channel renders it in the
 * recipient's language; the link is a route of the application ({@code compliance/actions?action=…}).
 */
public interface Notifications {

    void send(Notification notification);

    record Notification(String recipient, String subjectKey, List<String> arguments, String link) {

        public Notification {
            recipient = Require.text(recipient, "recipient", 80);
            subjectKey = Require.text(subjectKey, "subjectKey", 120);
            arguments = List.copyOf(arguments);
            link = link == null ? "" : link.strip();
        }
    }
}
