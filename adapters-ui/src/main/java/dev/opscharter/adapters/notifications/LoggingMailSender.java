package dev.opscharter.adapters.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link MailSender}: writes the mail to the log instead of sending it. */
public final class LoggingMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    @Override
    public void send(Mail mail) {
        log.info("mail to {}: {} | {}", mail.to(), mail.subject(), mail.body().replace('\n', ' '));
    }
}
