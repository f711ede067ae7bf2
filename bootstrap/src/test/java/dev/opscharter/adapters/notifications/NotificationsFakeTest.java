package dev.opscharter.adapters.notifications;

import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;

import java.util.List;

/** The fake the use-case tests read keeps the same promises as the real notifications. */
class NotificationsFakeTest extends NotificationsContract {

    private final RecordingNotifications notifications = new RecordingNotifications();

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected List<Notification> inboxOf(String recipient) {
        return notifications.to(recipient);
    }

    @Override
    protected String aRecipient() {
        return unknownRecipient(); // the fake knows no accounts: every recipient is as good as another
    }
}
