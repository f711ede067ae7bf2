package dev.opscharter.bootstrap.config;

import dev.opscharter.bootstrap.mail.LoggingMailSender;
import dev.opscharter.bootstrap.mail.MailSender;
import dev.opscharter.bootstrap.mail.SmtpMailSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/**
 * How the notifications' e-mails leave: over SMTP when Spring Boot configured a
 * {@link JavaMailSender} (it does once {@code spring.mail.host} is set), else into the log. The
 * sender address is {@code opscharter.mail.from}, or the SMTP user name when that is an address;
 * without either the application does not start with SMTP configured (README, "Configuration").
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
}
