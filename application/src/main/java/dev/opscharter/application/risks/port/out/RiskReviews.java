package dev.opscharter.application.risks.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.risks.RiskReviewId;

import java.util.List;
import java.util.Optional;

/** The reviews of the register, one per month or quarter. */
public interface RiskReviews extends RecordStore<RiskReviewId, RiskReview> {

    /**
     * Version 0 inserts, a second review of the same period refused with {@code ConcurrentModification};
     * otherwise the stored version must match, else {@code ConcurrentModification}. Returns it one version on.
     */
    @Override
    RiskReview save(RiskReview review);

    Optional<RiskReview> ofPeriod(ReviewPeriod period);

    /** The latest period first (a quarter after its last month's review). */
    List<RiskReview> page(PageRequest page);

    long count();
}
