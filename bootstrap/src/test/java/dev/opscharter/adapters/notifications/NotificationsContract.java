package dev.opscharter.adapters.notifications;

import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Notifications} does, the recording fake the use-case tests read as much as
 * {@link InboxAndMailNotifications}: a notification waits in its recipient's inbox with its subject
 * key, its arguments as stored (dates in ISO form, each channel shows them in its reader's
 * language) and its link; to that recipient only, one entry per notification, whether or not
 * the recipient has an account or an address. What a channel adds (mail) is the adapter's own test.
 */
abstract class NotificationsContract {

    protected abstract Notifications notifications();

    /** What {@code recipient}'s inbox holds, as the notifications that put it there, in any order. */
    protected abstract List<Notification> inboxOf(String recipient);

    /** A recipient the application knows: an account, a person with an address, mail on. */
    protected abstract String aRecipient();

    static String unknownRecipient() {
        return "nobody." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_notification_waits_in_its_recipients_inbox_with_its_subject_key_arguments_and_link() {
        var me = aRecipient();
        var notification = new Notification(me, "notification.corrective-action.overdue.owner",
                List.of("缩短发货时间", "2026-07-31", "3"), "compliance/actions?action=abc");

        notifications().send(notification);

        assertThat(inboxOf(me)).containsExactly(notification);
    }

    @Test
    void a_notification_without_a_link_waits_with_none() {
        var me = aRecipient();

        notifications().send(new Notification(me, "notification.corrective-action.assigned",
                List.of("Faster shipping", "2026-08-31"), null));

        assertThat(inboxOf(me)).singleElement().satisfies(n -> assertThat(n.link()).isEmpty());
    }

    @Test
    void each_notification_is_an_entry_of_its_own_and_only_its_recipient_has_it() {
        var me = aRecipient();
        var someoneElse = aRecipient();
        var first = new Notification(me, "notification.corrective-action.assigned", List.of("a", "2026-08-31"), "x");

        notifications().send(first);
        notifications().send(first);
        notifications().send(new Notification(someoneElse, "notification.corrective-action.assigned",
                List.of("b", "2026-08-31"), "y"));

        assertThat(inboxOf(me)).containsExactly(first, first);
        assertThat(inboxOf(someoneElse)).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly("b", "2026-08-31"));
    }

    @Test
    void a_recipient_without_an_account_still_finds_it_waiting() {
        var ghost = unknownRecipient();
        var notification = new Notification(ghost, "notification.corrective-action.assigned", List.of(), "");

        notifications().send(notification);

        assertThat(inboxOf(ghost)).containsExactly(notification);
    }
}
