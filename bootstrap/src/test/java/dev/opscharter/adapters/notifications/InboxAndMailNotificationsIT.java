package dev.opscharter.adapters.notifications;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Language;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real notifications on the PostgreSQL inbox with a real SMTP server (GreenMail): the
 * contract, and what the mail channel adds — a mail in the recipient's language, only once the
 * change it reports committed, and none to a recipient without an account (so without an address)
 * or who turned their mail notifications off.
 */
@OpsCharterSpringTest
class InboxAndMailNotificationsIT extends NotificationsContract {

    @Autowired
    InboxStore inbox;
    @Autowired
    UserAccounts accounts;
    @Autowired
    People people;
    @Autowired
    Departments departments;
    @Autowired
    Transactions transactions;

    GreenMail server;
    InboxAndMailNotifications notifications;

    @BeforeEach
    void a_mail_server() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort()).withConfiguration(GreenMailConfiguration.aConfig()
                .withUser(SmtpMailSenderTest.USER, SmtpMailSenderTest.USER, SmtpMailSenderTest.PASSWORD));
        server.start();
        var clock = Clock.systemUTC();
        notifications = new InboxAndMailNotifications(inbox,
                new SmtpMailSender(SmtpMailSenderTest.sender(server.getSmtp().getPort()), SmtpMailSenderTest.USER, clock),
                accounts, people, clock, "https://ops.example.com/");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected List<Notification> inboxOf(String recipient) {
        return inbox.forRecipient(recipient, 100).stream()
                .map(e -> new Notification(e.recipient(), e.subjectKey(), e.arguments(), e.link())).toList();
    }

    @Override
    protected String aRecipient() {
        return user(Language.EN).username().value();
    }

    private UserAccount user(Language language) {
        var name = "n." + UUID.randomUUID().toString().substring(0, 8);
        var department = departments.all().getFirst().id();
        var person = people.save(Person.hire(name, new EmailAddress(name + "@example.com"), department, Set.of(), false,
                LocalDate.of(2024, 1, 1)));
        return accounts.save(UserAccount.open(new Username(name), "{noop}x", person.id(), language));
    }

    private static Notification assigned(String recipient, String title) {
        return new Notification(recipient, "notification.corrective-action.assigned", List.of(title, "2026-08-31"),
                "compliance/actions?action=abc");
    }

    /** Waits for exactly {@code count} mails and answers them. */
    private MimeMessage[] mails(int count) {
        assertThat(server.waitForIncomingEmail(5000, count)).isTrue();
        var received = server.getReceivedMessages();
        assertThat(received).hasSize(count);
        return received;
    }

    private static String to(MimeMessage mail) throws Exception {
        return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
    }

    @Test
    void each_recipient_gets_the_mail_in_the_language_of_their_account() throws Exception {
        var zhang = user(Language.ZH_CN);

        notifications.send(assigned(zhang.username().value(), "缩短发货时间"));

        var mail = mails(1)[0];
        assertThat(to(mail)).isEqualTo(zhang.username().value() + "@example.com");
        assertThat(mail.getSubject()).isEqualTo("您被指派了整改措施：缩短发货时间（期限 2026年8月31日）");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .contains("在 OpsCharter 中查看：https://ops.example.com/compliance/actions?action=abc");
    }

    @Test
    void the_mail_leaves_only_once_the_change_committed_and_never_for_a_rolled_back_one() throws Exception {
        var smith = user(Language.EN).username().value();

        assertThatThrownBy(() -> transactions.run(() -> {
            notifications.send(assigned(smith, "Rolled back"));
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");
        transactions.run(() -> {
            notifications.send(assigned(smith, "Committed"));
            assertThat(server.getReceivedMessages()).as("not before the commit").isEmpty();
        });

        assertThat(mails(1)[0].getSubject()).contains("Committed");
        assertThat(inboxOf(smith)).singleElement().satisfies(n -> assertThat(n.arguments()).contains("Committed"));
    }

    @Test
    void no_mail_without_an_account_nor_to_who_turned_the_mails_off_but_the_inbox_has_it() throws Exception {
        var ghost = unknownRecipient();
        var quiet = user(Language.EN);
        accounts.save(quiet.withMailNotifications(false, quiet.version()));
        var smith = user(Language.EN).username().value();

        notifications.send(assigned(ghost, "To no one"));
        notifications.send(assigned(quiet.username().value(), "Quietly"));
        notifications.send(assigned(smith, "Marker"));

        var only = mails(1)[0];
        assertThat(to(only)).as("the one with mail on, sent last").isEqualTo(smith + "@example.com");
        assertThat(inboxOf(ghost)).hasSize(1);
        assertThat(inboxOf(quiet.username().value())).hasSize(1);
    }
}
