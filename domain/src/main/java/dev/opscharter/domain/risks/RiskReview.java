package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A monthly or quarterly review of the register (风险复盘), held once its period has ended: the risks it went
 * through, the ratings it changed (each also entered in the risk's history) and the decisions it took.
 */
public record RiskReview(RiskReviewId id, ReviewPeriod period, List<RiskId> reviewed, List<ChangedRating> changes,
                         List<String> decisions, String heldBy, Instant heldAt, long version) {

    public static final int MAX_DECISION = 1000;

    /** A rating the review changed. */
    public record ChangedRating(RiskId risk, RiskRating before, RiskRating after) {
        public ChangedRating {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public RiskReview {
        Objects.requireNonNull(id, "id");
        Require.present(period, "period");
        reviewed = List.copyOf(reviewed);
        changes = List.copyOf(changes);
        decisions = decisions.stream().map(d -> Require.text(d, "decisions", MAX_DECISION)).toList();
        heldBy = Require.text(heldBy, "heldBy", 100);
        Objects.requireNonNull(heldAt, "heldAt");
        if (!reviewed.containsAll(changes.stream().map(ChangedRating::risk).toList())) {
            throw new IllegalArgumentException("a review changes the ratings of risks it reviewed");
        }
    }

    /** Records the review of a period that has ended ({@code today} after its last day). */
    public static RiskReview hold(ReviewPeriod period, List<RiskId> reviewed, List<ChangedRating> changes,
                                  List<String> decisions, Actor by, Instant at, LocalDate today) {
        requireHoldable(period, reviewed, changes.stream().map(ChangedRating::risk).toList(), by, today);
        return new RiskReview(RiskReviewId.random(), period, reviewed, changes, decisions, by.name(), at, 0);
    }

    /**
     * Refuses the review unless {@code by} may hold it now, it reviewed something and changes only risks it
     * reviewed: asked before any rating is changed.
     */
    public static void requireHoldable(ReviewPeriod period, List<RiskId> reviewed, List<RiskId> changed, Actor by,
                                       LocalDate today) {
        if (!by.may(RisksPermission.MANAGE)) {
            throw Refusal.of("rule.risks.manage-only").violation();
        }
        if (!today.isAfter(period.to().atEndOfMonth())) {
            throw Refusal.of("rule.risks.review.period-running", period.toString()).violation();
        }
        if (reviewed.isEmpty()) {
            throw Refusal.of("rule.risks.review.nothing-reviewed").violation();
        }
        if (!reviewed.containsAll(changed)) {
            throw Refusal.of("rule.risks.review.changed-not-reviewed").violation();
        }
    }

    /** As stored: the store counts the versions. */
    public RiskReview withVersion(long next) {
        return new RiskReview(id, period, reviewed, changes, decisions, heldBy, heldAt, next);
    }
}
