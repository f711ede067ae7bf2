package dev.opscharter.bootstrap.mail;

import java.util.Objects;

/**
 * Sends an e-mail. The default implementation only logs ({@link LoggingMailSender}); a real SMTP
 * sender plugs in here once {@code spring-boot-starter-mail} is on the class path.
 */
public interface MailSender {

    void send(Mail mail);

    record Mail(String to, String subject, String body) {

        public Mail {
            Objects.requireNonNull(to);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(body);
        }
    }
}
