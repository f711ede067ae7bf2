package dev.opscharter.application.survey.port.in;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.ItemCode;

import java.util.Map;
import java.util.Optional;

/**
 * A respondent answers through their link, signed in or not: nobody's name is taken. One link
 * records at most one submission, however often or from how many tabs it is sent.
 */
public interface SubmitResponse {

    /**
     * @param token   the link's token as it came in the path (never logged, stored or put in a message)
     * @param answers per rated department of the respondent's campaign, the Likert answers (1–5) by item
     * @param comment the open comment, kept with each rated department's response
     * @return {@link Outcome#UNAVAILABLE} alike for an unknown, used or expired link and a closed
     *         campaign, so that nobody learns which links exist
     * @throws dev.opscharter.domain.shared.InvalidValue when an answer is invalid (the item's code as
     *         field): nothing is stored and the link stays unused
     */
    Outcome submit(String token, Map<DepartmentId, Map<ItemCode, Integer>> answers, Optional<String> comment);

    enum Outcome {
        RECORDED,
        UNAVAILABLE
    }
}
