package dev.opscharter.application.survey.port.out;

import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.SurveyWindow;

/**
 * Mails a respondent their link ({@code /s/<token>}), in their language, once the transaction that
 * stored the link's hash committed. The token lives only in memory and in the mail: an adapter never
 * stores or logs it.
 */
public interface InvitationMail {

    void send(Letter letter);

    /** @param reminder a reminder (a new link) rather than the first invitation */
    record Letter(EmailAddress to, Language language, BilingualName campaign, SurveyWindow window,
                  InvitationToken token, boolean reminder) {
    }
}
