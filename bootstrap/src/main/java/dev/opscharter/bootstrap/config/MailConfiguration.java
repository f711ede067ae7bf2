package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.notifications.InboxAndMailNotifications;
import dev.opscharter.adapters.notifications.LoggingMailSender;
import dev.opscharter.adapters.notifications.MailSender;
import dev.opscharter.adapters.notifications.SmtpMailSender;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/**
 * The notifications (in-app inbox and e-mail, {@code adapters.notifications}) and how their mails
 * leave: over SMTP when Spring Boot configured a {@link JavaMailSender} (it does once
 * {@code spring.mail.host} is set), else into the log. The sender address is
 * {@code opscharter.mail.from}, or the SMTP user name when that is an address; without either the
 * application does not start with SMTP configured (README, "Configuration").
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    /** Not named {@code mailSender}: that is the name of Spring Boot's {@link JavaMailSender} bean. */
    @Bean
    MailSender notificationMailSender(ObjectProvider<JavaMailSender> smtp, Clock clock,
                          @Value("${opscharter.mail.from:${spring.mail.username:}}") String from) {
        var server = smtp.getIfAvailable();
        return server == null ? new LoggingMailSender() : new SmtpMailSender(server, from, clock);
    }

    @Bean
    Notifications notifications(InboxStore inbox, MailSender mail, UserAccounts accounts, People people, Clock clock,
                                @Value("${opscharter.base-url:http://localhost:8080/}") String baseUrl) {
        return new InboxAndMailNotifications(inbox, mail, accounts, people, clock, baseUrl);
    }
}
