package dev.opscharter.application.survey.port.in;

import java.util.Optional;

/**
 * The form a respondent opens from their link, signed in or not; answering it is {@link SubmitResponse}'s.
 * The link is the respondent's one right: no permission is asked, and nothing is written.
 */
public interface RespondentForms {

    /**
     * @param token the link's token as it came in the path (never logged, stored or put in a message)
     * @return empty alike for a malformed, unknown, used or expired link and a campaign not taking
     *         answers, so that nobody learns which links exist
     */
    Optional<SurveyForm> form(String token);
}
