package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.notifications.LoggingMailSender;
import dev.opscharter.adapters.notifications.MailSender;
import dev.opscharter.adapters.notifications.SmtpMailSender;
import dev.opscharter.application.organization.fakes.InMemoryPeople;
import dev.opscharter.application.organization.fakes.InMemoryUserAccounts;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.fakes.InMemoryInboxStore;
import dev.opscharter.application.shared.port.out.InboxStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mail sender the application gets, decided by the configuration alone: only Spring Boot's
 * mail auto-configuration and ours in a bare context (no database, no UI).
 */
class MailConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(InboxStore.class, InMemoryInboxStore::new)
            .withBean(UserAccounts.class, InMemoryUserAccounts::new)
            .withBean(People.class, InMemoryPeople::new);

    @Test
    void without_a_mail_host_the_mails_go_to_the_log() {
        context.run(app -> assertThat(app.getBean(MailSender.class)).isInstanceOf(LoggingMailSender.class));
    }

    @Test
    void with_a_mail_host_they_go_over_smtp_from_the_configured_sender() {
        context.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.username=robot@example.com",
                        "opscharter.mail.from=OpsCharter <ops@example.com>")
                .run(app -> assertThat(app.getBean(MailSender.class)).isInstanceOfSatisfying(SmtpMailSender.class,
                        smtp -> assertThat(smtp.from()).isEqualTo("OpsCharter <ops@example.com>")));
    }

    @Test
    void the_smtp_user_name_is_the_sender_unless_one_is_configured() {
        context.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.username=robot@example.com")
                .run(app -> assertThat(app.getBean(MailSender.class)).isInstanceOfSatisfying(SmtpMailSender.class,
                        smtp -> assertThat(smtp.from()).isEqualTo("robot@example.com")));
    }

    @Test
    void a_mail_host_without_a_sender_address_does_not_start() {
        context.withPropertyValues("spring.mail.host=smtp.example.com")
                .run(app -> assertThat(app).hasFailed().getFailure()
                        .hasRootCauseMessage("no sender address for the mail: set opscharter.mail.from"));
    }
}
