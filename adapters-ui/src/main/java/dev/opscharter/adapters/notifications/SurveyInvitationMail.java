package dev.opscharter.adapters.notifications;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.survey.port.out.InvitationMail;
import dev.opscharter.domain.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@link InvitationMail} through the {@link MailSender}: the respondent's link ({@code <base>/s/<token>})
 * in a mail in their language, sent once the transaction that stored the link's hash committed (a
 * rolled-back invitation sends nothing). The token is in the mail's text and nowhere else: this class
 * keeps nothing and its log lines name only the recipient and the failure's type, never the mail.
 */
public final class SurveyInvitationMail implements InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyInvitationMail.class);
    static final String SUBJECT = "survey.invite.mail.subject";
    static final String REMINDER_SUBJECT = "survey.invite.mail.reminder-subject";
    /** {@code {0}} the campaign, {@code {1}} its first day, {@code {2}} its last, {@code {3}} the link. */
    static final String BODY = "survey.invite.mail.body";
    /** The respondent page's path, as the public route serves it. */
    static final String RESPONDENT_PATH = "s/";

    private final MailSender mail;
    private final String baseUrl;
    private final Messages messages = Messages.bundled();

    public SurveyInvitationMail(MailSender mail, String baseUrl) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    @Override
    public void send(Letter letter) {
        var message = compose(letter);
        AfterCommit.run(() -> deliver(message));
    }

    MailSender.Mail compose(Letter letter) {
        var locale = letter.language() == Language.EN ? Messages.ENGLISH : Messages.CHINESE;
        var title = letter.language() == Language.EN ? letter.campaign().english() : letter.campaign().chinese();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var subject = messages.text(letter.reminder() ? REMINDER_SUBJECT : SUBJECT, locale, title);
        var link = baseUrl + RESPONDENT_PATH + letter.token().value();
        var body = messages.text(BODY, locale, title, dates.format(letter.window().opensOn()),
                dates.format(letter.window().closesOn()), link);
        return new MailSender.Mail(letter.to().value(), subject, body);
    }

    private void deliver(MailSender.Mail message) {
        try {
            mail.send(message);
        } catch (RuntimeException failed) {
            // the failure's text may quote the message: only its type is logged
            log.warn("could not send a survey invitation to {}: {}", message.to(), failed.getClass().getName());
        }
    }
}
