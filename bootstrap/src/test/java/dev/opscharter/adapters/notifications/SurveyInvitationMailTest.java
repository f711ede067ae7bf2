package dev.opscharter.adapters.notifications;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.opscharter.application.survey.port.out.InvitationMail.Letter;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The respondent's link goes into the mail, in their language, after the commit, and into no log line. */
class SurveyInvitationMailTest {

    static final SurveyWindow WINDOW = new SurveyWindow(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 29));
    static final BilingualName CAMPAIGN = new BilingualName("2026-Q2 协作满意度", "2026-Q2 collaboration");

    final List<MailSender.Mail> mails = new ArrayList<>();
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    final InvitationToken token = InvitationToken.random();
    Level rootLevel;

    @BeforeEach
    void captureEveryLogLine() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
    }

    Letter letter(Language language, boolean reminder) {
        return new Letter(new EmailAddress("yao.lan@partner.cn"), language, CAMPAIGN, WINDOW, token, reminder);
    }

    private String everythingLogged() {
        return logged.list.stream().map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
                .reduce("", String::concat);
    }

    @Test
    void the_mail_carries_the_link_in_the_respondents_language() {
        var mail = new SurveyInvitationMail(mails::add, "https://ops.example.com");

        mail.send(letter(Language.EN, false));
        mail.send(letter(Language.ZH_CN, true));

        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).to()).isEqualTo("yao.lan@partner.cn");
        assertThat(mails.get(0).subject()).isEqualTo("Survey: 2026-Q2 collaboration");
        assertThat(mails.get(0).body()).contains("https://ops.example.com/s/" + token.value())
                .contains("May 11, 2026").contains("May 29, 2026");
        assertThat(mails.get(1).subject()).isEqualTo("提醒：2026-Q2 协作满意度");
        assertThat(mails.get(1).body()).contains("https://ops.example.com/s/" + token.value())
                .contains("2026年5月11日");
        assertThat(mails.get(0).toString()).doesNotContain(token.value());
    }

    @Test
    void the_mail_leaves_only_once_the_transaction_committed() {
        var mail = new SurveyInvitationMail(mails::add, "https://ops.example.com/");
        TransactionSynchronizationManager.initSynchronization();
        try {
            mail.send(letter(Language.EN, false));
            assertThat(mails).isEmpty();
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCommit());
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.body()).contains("/s/" + token.value()));
    }

    @Test
    void the_log_sender_used_without_a_mail_server_logs_the_mail_but_not_the_token() {
        var mail = new SurveyInvitationMail(new LoggingMailSender(), "https://ops.example.com");

        mail.send(letter(Language.ZH_CN, false));

        assertThat(everythingLogged()).contains("yao.lan@partner.cn").contains("/s/***")
                .doesNotContain(token.value());
    }

    @Test
    void a_mail_that_cannot_be_sent_is_logged_without_its_text() {
        var mail = new SurveyInvitationMail(m -> {
            throw new MailSendException("refused: " + m.body());
        }, "https://ops.example.com");

        mail.send(letter(Language.EN, false));

        assertThat(everythingLogged()).contains("yao.lan@partner.cn").contains(MailSendException.class.getName())
                .doesNotContain(token.value());
    }
}
