package dev.opscharter.adapters.notifications;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Notifications} through both channels: the in-app inbox (written in the caller's
 * transaction, so it commits or rolls back with the change it reports) and an e-mail to the
 * recipient's address in their account's language (subject and text, from the same {@link Messages}
 * as the screens), with the link into the application (the inbox when the notification has none),
 * sent only after that transaction committed and only when the recipient kept their mail
 * notifications on. A mail that cannot be sent is logged; the inbox entry stands.
 */
public final class InboxAndMailNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(InboxAndMailNotifications.class);
    /** The mail's text around the subject and the link: {@code {0}} the subject, {@code {1}} the link. */
    static final String MAIL_BODY = "notifications.mail.body";
    /** Where a notification without a link of its own points. */
    static final String INBOX = "inbox";

    private final InboxStore inbox;
    private final MailSender mail;
    private final UserAccounts accounts;
    private final People people;
    private final Clock clock;
    private final String baseUrl;
    private final Messages messages = Messages.bundled();

    public InboxAndMailNotifications(InboxStore inbox, MailSender mail, UserAccounts accounts, People people,
                                     Clock clock, String baseUrl) {
        this.inbox = inbox;
        this.mail = mail;
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    @Override
    public void send(Notification notification) {
        inbox.add(new InboxEntry(UUID.randomUUID(), notification.recipient(), notification.subjectKey(),
                notification.arguments(), notification.link(), clock.instant(), Optional.empty()));
        var message = compose(notification);
        if (message.isEmpty()) {
            return;
        }
        AfterCommit.run(() -> deliver(message.get()));
    }

    /** The mail in the recipient's language; empty without an account, an address or their wish for mail. */
    Optional<MailSender.Mail> compose(Notification notification) {
        Username username;
        try {
            username = new Username(notification.recipient());
        } catch (InvalidValue notAUserName) {
            return Optional.empty();
        }
        return accounts.byUsername(username).filter(UserAccount::mailNotifications)
                .flatMap(account -> people.byId(account.personId()).map(person -> {
                    var locale = account.language() == Language.ZH_CN ? Messages.CHINESE : Messages.ENGLISH;
                    var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
                    var subject = messages.text(notification.subjectKey(), locale,
                            InboxEntry.shown(notification.arguments(), dates::format));
                    var link = baseUrl + (notification.link().isBlank() ? INBOX : notification.link());
                    var body = messages.text(MAIL_BODY, locale, subject, link);
                    return new MailSender.Mail(person.email().value(), subject, body);
                }));
    }

    private void deliver(MailSender.Mail message) {
        try {
            mail.send(message);
        } catch (RuntimeException failed) {
            log.warn("could not send the mail to {}: {}", message.to(), failed.toString());
        }
    }
}
