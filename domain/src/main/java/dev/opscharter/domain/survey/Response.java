package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One submitted, anonymous response (SPEC §3 "Anonymity"): which department rated which, the Likert
 * answers (1–5) by item — an optional item left out is absent — the open comment, and the day it
 * arrived in the organization's zone. Deliberately nothing else: no token, invitation, person,
 * address, agent or time finer than the day; its id is random, so ids do not order responses.
 */
public record Response(UUID id, CampaignId campaign, DepartmentId rater, DepartmentId rated,
                       Map<ItemCode, Integer> answers, Optional<String> comment, LocalDate submittedOn) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT = 2_000;

    public Response {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(rated, "rated");
        Objects.requireNonNull(submittedOn, "submittedOn");
        answers = Map.copyOf(answers);
        answers.forEach((item, score) -> {
            if (score < MIN_SCORE || score > MAX_SCORE) {
                throw new InvalidValue(item.value(), "validation.survey.score", MIN_SCORE, MAX_SCORE);
            }
        });
        comment = comment.map(String::strip).filter(c -> !c.isEmpty());
        if (comment.filter(c -> c.length() > MAX_COMMENT).isPresent()) {
            throw new InvalidValue("comment", "validation.too-long", MAX_COMMENT);
        }
    }

    public Optional<Integer> answer(ItemCode item) {
        return Optional.ofNullable(answers.get(item));
    }
}
