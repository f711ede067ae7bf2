package dev.opscharter.application.targets.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.MonthlyReviewId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where the monthly reviews are kept, one per month. */
public interface MonthlyReviews extends RecordStore<MonthlyReviewId, MonthlyReview> {

    /**
     * Version 0 inserts, a second review of the same month refused with {@code ConcurrentModification};
     * otherwise the stored version must match, else {@code ConcurrentModification}. Returns it one version on.
     */
    @Override
    MonthlyReview save(MonthlyReview review);

    Optional<MonthlyReview> ofMonth(YearMonth month);

    /** Newest month first. */
    List<MonthlyReview> page(PageRequest page);

    long count();
}
