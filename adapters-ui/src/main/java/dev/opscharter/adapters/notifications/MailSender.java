package dev.opscharter.adapters.notifications;

import java.util.Objects;

/**
 * Sends an e-mail: over SMTP ({@link SmtpMailSender}) when a mail server is configured, else only
 * into the log ({@link LoggingMailSender}).
 */
public interface MailSender {

    void send(Mail mail);

    record Mail(String to, String subject, String body) {

        public Mail {
            Objects.requireNonNull(to);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(body);
        }

        /** Without the body, which may hold a secret link (a survey respondent's), should a mail be printed. */
        @Override
        public String toString() {
            return "Mail[to=" + to + ", subject=" + subject + "]";
        }
    }
}
