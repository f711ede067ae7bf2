package dev.opscharter.adapters.notifications;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMTP adapter against a real SMTP server in this JVM (GreenMail, on a free port, with
 * authentication as a real submission server would ask for): what arrives, in which language, and
 * what happens when no server answers.
 */
class SmtpMailSenderTest {

    static final Instant NOW = Instant.parse("2026-08-03T01:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String USER = "opscharter@example.com";
    static final String PASSWORD = "test-only-secret";

    GreenMail server;
    JavaMailSenderImpl smtp;

    @BeforeEach
    void a_mail_server_that_wants_a_login() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));
        server.start();
        smtp = sender(server.getSmtp().getPort());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** As Spring Boot configures it from spring.mail.host, .port, .username, .password. */
    static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setUsername(USER);
        sender.setPassword(PASSWORD);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        var properties = new Properties();
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private MimeMessage onlyMessage() {
        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        var received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    @Test
    void the_mail_arrives_as_utf8_text_from_the_configured_sender_marked_as_automatic() throws Exception {
        var mails = new SmtpMailSender(smtp, "OpsCharter 运营 <" + USER + ">", CLOCK);

        mails.send(new MailSender.Mail("zhang@example.com", "逾期提醒：缩短发货时间",
                "缩短发货时间 已逾期。\n\nhttps://ops.example.com/compliance/actions?action=abc"));

        var message = onlyMessage();
        assertThat(message.getSubject()).isEqualTo("逾期提醒：缩短发货时间");
        assertThat(message.getFrom()).singleElement().satisfies(from -> {
            assertThat(((InternetAddress) from).getAddress()).isEqualTo(USER);
            assertThat(((InternetAddress) from).getPersonal()).isEqualTo("OpsCharter 运营");
        });
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("zhang@example.com");
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(((String) message.getContent()).replace("\r\n", "\n"))
                .isEqualTo("缩短发货时间 已逾期。\n\nhttps://ops.example.com/compliance/actions?action=abc");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getSentDate().toInstant()).isEqualTo(NOW);
    }

    @Test
    void notifications_reach_each_reader_by_mail_in_the_language_of_their_account() throws Exception {
        var inbox = new InMemoryInboxStore();
        var accounts = new InMemoryUserAccounts();
        var people = new InMemoryPeople();
        user(accounts, people, "zhang", "zhang@example.com", Language.ZH_CN);
        user(accounts, people, "smith", "smith@example.com", Language.EN);
        var notifications = new InboxAndMailNotifications(inbox, new SmtpMailSender(smtp, USER, CLOCK), accounts,
                people, CLOCK, "https://ops.example.com/");

        notifications.send(new Notification("zhang", "notification.corrective-action.assigned",
                List.of("缩短发货时间", "2026-08-31"), "compliance/actions?action=abc"));
        notifications.send(new Notification("smith", "notification.corrective-action.assigned",
                List.of("Faster shipping", "2026-08-31"), ""));

        assertThat(server.waitForIncomingEmail(5000, 2)).isTrue();
        var byRecipient = Arrays.stream(server.getReceivedMessages())
                .collect(Collectors.toMap(SmtpMailSenderTest::recipient, m -> m));
        var toZhang = byRecipient.get("zhang@example.com");
        assertThat(toZhang.getSubject()).isEqualTo("您被指派了整改措施：缩短发货时间（期限 2026年8月31日）");
        assertThat(text(toZhang)).startsWith("您被指派了整改措施：缩短发货时间（期限 2026年8月31日）\n\n")
                .contains("在 OpsCharter 中查看：https://ops.example.com/compliance/actions?action=abc")
                .contains("此邮件由系统自动发送");
        var toSmith = byRecipient.get("smith@example.com");
        assertThat(toSmith.getSubject()).isEqualTo("Corrective action assigned to you: Faster shipping (due Aug 31, 2026)");
        assertThat(text(toSmith))
                .as("a notification without a link of its own points to the inbox")
                .contains("Open it in OpsCharter: https://ops.example.com/inbox")
                .contains("This message was sent automatically.");
        assertThat(inbox.unreadCount("zhang")).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_refused_by_the_server_and_reported_as_a_mail_failure() {
        smtp.setPassword("wrong");
        var mails = new SmtpMailSender(smtp, USER, CLOCK);

        assertThatThrownBy(() -> mails.send(new MailSender.Mail("a@example.com", "s", "b")))
                .isInstanceOf(MailException.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void no_server_answering_is_a_mail_failure_soon_not_a_hang() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var mails = new SmtpMailSender(sender(closedPort), USER, CLOCK);

        assertThatThrownBy(() -> mails.send(new MailSender.Mail("a@example.com", "s", "b")))
                .isInstanceOf(MailException.class);
    }

    @Test
    void a_sender_that_is_not_an_address_stops_the_start() {
        assertThatThrownBy(() -> new SmtpMailSender(smtp, "", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opscharter.mail.from");
        assertThatThrownBy(() -> new SmtpMailSender(smtp, "not an address", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opscharter.mail.from");
        assertThat(new SmtpMailSender(smtp, "OpsCharter <ops@example.com>", CLOCK).from())
                .isEqualTo("OpsCharter <ops@example.com>");
    }

    private static void user(InMemoryUserAccounts accounts, InMemoryPeople people, String username, String email,
                             Language language) {
        var person = people.save(Person.hire(username, new EmailAddress(email), DepartmentId.random(), Set.of(), false,
                LocalDate.of(2024, 1, 1)));
        accounts.save(UserAccount.open(new Username(username), "{noop}x", person.id(), language));
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
