package dev.opscharter.adapters.notifications;

import dev.opscharter.application.organization.fakes.InMemoryPeople;
import dev.opscharter.application.organization.fakes.InMemoryUserAccounts;
import dev.opscharter.application.shared.fakes.InMemoryInboxStore;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InboxAndMailNotificationsTest {

    static final Instant NOW = Instant.parse("2026-08-03T00:00:00Z");

    final InMemoryInboxStore inbox = new InMemoryInboxStore();
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final InMemoryPeople people = new InMemoryPeople();
    final List<MailSender.Mail> mails = new ArrayList<>();
    final InboxAndMailNotifications notifications = new InboxAndMailNotifications(inbox, mails::add, accounts, people,
            Clock.fixed(NOW, ZoneOffset.UTC), "https://ops.example.com");

    void user(String username, String email, Language language) {
        var person = people.save(Person.hire(username, new EmailAddress(email), DepartmentId.random(), Set.of(), false,
                LocalDate.of(2024, 1, 1)));
        accounts.save(UserAccount.open(new Username(username), "{noop}x", person.id(), language));
    }

    @Test
    void the_notification_goes_to_the_inbox_and_by_mail_in_the_recipients_language() {
        user("zhang", "zhang@example.com", Language.ZH_CN);

        notifications.send(new Notification("zhang", "notification.corrective-action.overdue.owner",
                List.of("缩短发货时间", "2026-07-31", "3"), "compliance/actions?action=abc"));

        assertThat(inbox.forRecipient("zhang", 10)).singleElement().satisfies(e -> {
            assertThat(e.createdAt()).isEqualTo(NOW);
            assertThat(e.unread()).isTrue();
        });
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("zhang@example.com");
            assertThat(mail.subject()).isEqualTo("逾期提醒：缩短发货时间 的期限为 2026年7月31日（已逾期 3 天）");
            assertThat(mail.body()).startsWith(mail.subject() + "\n\n")
                    .contains("在 OpsCharter 中查看：https://ops.example.com/compliance/actions?action=abc");
        });
    }

    @Test
    void english_readers_get_english_mail() {
        user("smith", "smith@example.com", Language.EN);
        notifications.send(new Notification("smith", "notification.corrective-action.assigned",
                List.of("Faster shipping", "2026-08-31"), ""));
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.subject())
                .isEqualTo("Corrective action assigned to you: Faster shipping (due Aug 31, 2026)"));
        assertThat(mails.getFirst().body()).as("without a link of its own, the mail points to the inbox")
                .contains("Open it in OpsCharter: https://ops.example.com/inbox");
    }

    @Test
    void a_recipient_without_an_account_gets_the_inbox_entry_but_no_mail() {
        notifications.send(new Notification("ghost", "notification.corrective-action.assigned", List.of("a", "b"), ""));
        assertThat(inbox.unreadCount("ghost")).isEqualTo(1);
        assertThat(mails).isEmpty();
    }

    @Test
    void a_recipient_who_turned_the_mails_off_gets_the_inbox_entry_but_no_mail() {
        user("quiet", "quiet@example.com", Language.EN);
        var quiet = accounts.byUsername(new Username("quiet")).orElseThrow();
        accounts.save(quiet.withMailNotifications(false, quiet.version()));

        notifications.send(new Notification("quiet", "notification.corrective-action.assigned", List.of("a", "b"), ""));

        assertThat(inbox.unreadCount("quiet")).isEqualTo(1);
        assertThat(mails).isEmpty();
    }

    @Test
    void a_failing_mail_server_does_not_lose_the_inbox_entry() {
        user("li.lei", "li@example.com", Language.EN);
        var failing = new InboxAndMailNotifications(inbox, mail -> {
            throw new IllegalStateException("smtp down");
        }, accounts, people, Clock.fixed(NOW, ZoneOffset.UTC), "https://ops.example.com/");
        failing.send(new Notification("li.lei", "notification.corrective-action.assigned", List.of("a", "b"), ""));
        assertThat(inbox.unreadCount("li.lei")).isEqualTo(1);
    }
}
