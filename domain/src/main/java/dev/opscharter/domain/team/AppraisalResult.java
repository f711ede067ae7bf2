package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's appraisal result of a quarter (季度考核结果): the score out of 100, the pass mark it was judged against
 * (kept, so a later change of the mark does not rewrite past results), who reviewed it and who recorded it. One per
 * person and quarter — the store refuses a second ({@code rule.team.appraisal.twice}).
 *
 * @param reviewer the person who appraised: never the person appraised
 */
public record AppraisalResult(AppraisalResultId id, PersonId person, Period.Quarter quarter, int score, int passMark,
                              PersonId reviewer, String recordedBy, Instant recordedAt, long version) {

    public static final int MAX_SCORE = 100;
    /** The pass mark unless the organization sets another (a setting handed to the use cases): 60 of 100. */
    public static final int DEFAULT_PASS_MARK = 60;

    public AppraisalResult {
        Objects.requireNonNull(id, "id");
        Require.present(person, "person");
        Require.present(quarter, "quarter");
        checkScore("score", score);
        checkScore("passMark", passMark);
        Require.present(reviewer, "reviewer");
        if (reviewer.equals(person)) {
            throw Refusal.of("rule.team.appraisal.self-review").violation();
        }
        recordedBy = Require.text(recordedBy, "recordedBy", 100);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Records {@code person}'s result of {@code quarter}, judged against {@code passMark}. */
    public static AppraisalResult record(PersonId person, Period.Quarter quarter, int score, int passMark,
                                         PersonId reviewer, Actor by, Instant at) {
        Refusal.enforce(TrainingPlan.may(by, TeamPermission.RECORD));
        return new AppraisalResult(AppraisalResultId.random(), person, quarter, score, passMark, reviewer, by.name(),
                at, 0);
    }

    /** Corrects the score (a typing mistake); the pass mark and the quarter stay. */
    public AppraisalResult correct(int newScore, PersonId newReviewer, Actor by, Instant at) {
        Refusal.enforce(TrainingPlan.may(by, TeamPermission.RECORD));
        return new AppraisalResult(id, person, quarter, newScore, passMark, newReviewer, by.name(), at, version);
    }

    /** As stored: the store counts the versions. */
    public AppraisalResult withVersion(long next) {
        return new AppraisalResult(id, person, quarter, score, passMark, reviewer, recordedBy, recordedAt, next);
    }

    /** Passed: the score reaches the pass mark (inclusive). */
    public boolean passed() {
        return score >= passMark;
    }

    private static void checkScore(String field, int value) {
        if (value < 0 || value > MAX_SCORE) {
            throw new InvalidValue(field, "validation.team.score-range", 0, MAX_SCORE);
        }
    }
}
