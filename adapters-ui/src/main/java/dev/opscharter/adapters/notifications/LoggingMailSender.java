package dev.opscharter.adapters.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Pattern;

/**
 * The default {@link MailSender}: writes the mail to the log instead of sending it, but for the token
 * of a survey respondent's link ({@code /s/<token>}), which no log line may carry: it shows as
 * {@code /s/***}.
 */
public final class LoggingMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);
    private static final Pattern RESPONDENT_LINK = Pattern.compile("/s/[A-Za-z0-9_-]+");

    @Override
    public void send(Mail mail) {
        var body = RESPONDENT_LINK.matcher(mail.body()).replaceAll("/s/***");
        log.info("mail to {}: {} | {}", mail.to(), mail.subject(), body.replace('\n', ' '));
    }
}
