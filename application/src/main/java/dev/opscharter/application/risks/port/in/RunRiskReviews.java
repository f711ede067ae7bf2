package dev.opscharter.application.risks.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.risks.RiskReviewId;

import java.util.List;
import java.util.Optional;

/**
 * The monthly and quarterly reviews of the register: managers and the director hold them
 * ({@code RisksPermission.MANAGE}), everyone who reads the register reads them.
 */
public interface RunRiskReviews {

    /**
     * Each review due becomes a task of the register's duty ({@code RISK_IDENTIFICATION}), due at the end of this
     * month, once per period however often asked (the daily job); holding the review completes it.
     */
    List<WorkItemId> scheduleDue();

    /** The periods ended most recently (the last month, and the last quarter) that have no review yet. */
    List<ReviewPeriod> due();

    /**
     * Records the review of an ended period once per request: each changed rating is also a re-rating in its
     * risk's history, refused with {@code ConcurrentModification} when the risk changed since the version seen. The
     * period's review task, scheduled or not, is completed with it.
     */
    RiskReviewId hold(RequestKey request, ReviewPeriod period, List<RiskId> reviewed, List<RatingChange> changes,
                      List<String> decisions);

    Optional<RiskReview> ofPeriod(ReviewPeriod period);

    /** The latest period first. */
    List<RiskReview> reviews(PageRequest page);

    long countReviews();

    record RatingChange(RiskId risk, RiskRating rating, long version) {
    }
}
