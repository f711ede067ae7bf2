package dev.opscharter.adapters.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * {@link MailSender} over SMTP, through Spring's {@link JavaMailSender} (configured by the
 * {@code spring.mail.*} properties): a plain-text UTF-8 mail from the configured sender address,
 * marked as sent automatically (RFC 3834) so that out-of-office replies do not answer it. A mail
 * the server refuses or cannot take ends in a {@link org.springframework.mail.MailException}.
 */
public final class SmtpMailSender implements MailSender {

    private final JavaMailSender smtp;
    private final InternetAddress from;
    private final Clock clock;

    /**
     * @param from the sender, an address with or without a display name
     *             ({@code "OpsCharter <ops@example.com>"}); refused when it is not one
     */
    public SmtpMailSender(JavaMailSender smtp, String from, Clock clock) {
        this.smtp = smtp;
        this.from = address(from);
        this.clock = clock;
    }

    private static InternetAddress address(String from) {
        if (from.isBlank()) {
            throw new IllegalArgumentException("no sender address for the mail: set opscharter.mail.from");
        }
        try {
            return new InternetAddress(from, true);
        } catch (AddressException notAnAddress) {
            throw new IllegalArgumentException("opscharter.mail.from is not a mail address: " + from, notAnAddress);
        }
    }

    @Override
    public void send(Mail mail) {
        var message = smtp.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(Date.from(clock.instant()));
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException badMessage) {
            throw new MailPreparationException("cannot write the mail to " + mail.to(), badMessage);
        }
        smtp.send(message);
    }

    /** The sender address, as the mails show it. */
    public String from() {
        return from.toUnicodeString();
    }
}
