package dev.opscharter.bootstrap.mail;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Notifications} through both channels: the in-app inbox (written in the caller's
 * transaction, so it commits or rolls back with the change it reports) and an e-mail to the
 * recipient's address in their account's language (subject and text), with the link into the
 * application (the inbox when the notification has none), sent only after that transaction
 * committed. A mail that cannot be sent is logged; the inbox entry stands.
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
    private final Map<String, String> english = Messages.load("en");
    private final Map<String, String> chinese = Messages.load("zh_CN");

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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(message.get());
                }
            });
        } else {
            deliver(message.get());
        }
    }

    /** The mail in the recipient's language; empty when they have no account or no address. */
    Optional<MailSender.Mail> compose(Notification notification) {
        Username username;
        try {
            username = new Username(notification.recipient());
        } catch (InvalidValue notAUserName) {
            return Optional.empty();
        }
        return accounts.byUsername(username).flatMap(account -> people.byId(account.personId()).map(person -> {
            var chineseReader = account.language() == Language.ZH_CN;
            var texts = chineseReader ? chinese : english;
            var locale = chineseReader ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            var pattern = texts.getOrDefault(notification.subjectKey(),
                    english.getOrDefault(notification.subjectKey(), notification.subjectKey()));
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            var subject = new MessageFormat(pattern, locale).format(InboxEntry.shown(notification.arguments(),
                    dates::format));
            var link = baseUrl + (notification.link().isBlank() ? INBOX : notification.link());
            var body = new MessageFormat(texts.getOrDefault(MAIL_BODY, "{0}\n\n{1}"), locale)
                    .format(new Object[] {subject, link});
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
