package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.application.targets.port.out.MonthlyReviews;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.MonthlyReviewId;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Monthly reviews in memory, one per month, with the optimistic locking of the JDBC adapter. */
public final class InMemoryMonthlyReviews implements MonthlyReviews {

    private static final Comparator<MonthlyReview> NEWEST_FIRST = Comparator
            .comparing(MonthlyReview::month, Comparator.reverseOrder()).thenComparing(r -> r.id().toString());

    private final Map<MonthlyReviewId, MonthlyReview> reviews = new LinkedHashMap<>();

    @Override
    public synchronized MonthlyReview save(MonthlyReview review) {
        var stored = reviews.get(review.id());
        long version = review.version();
        boolean monthTaken = reviews.values().stream()
                .anyMatch(r -> r.month().equals(review.month()) && !r.id().equals(review.id()));
        if (monthTaken || (version == 0 ? stored != null : stored == null || stored.version() != version)) {
            throw new ConcurrentModification("MonthlyReview", review.id());
        }
        if (stored != null && stored.closed()) {
            throw new IllegalStateException("the monthly review of " + stored.month() + " is closed");
        }
        var saved = review.withVersion(version + 1);
        reviews.put(review.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<MonthlyReview> byId(MonthlyReviewId id) {
        return Optional.ofNullable(reviews.get(id));
    }

    @Override
    public synchronized Optional<MonthlyReview> ofMonth(YearMonth month) {
        return reviews.values().stream().filter(r -> r.month().equals(month)).findFirst();
    }

    @Override
    public synchronized List<MonthlyReview> page(PageRequest page) {
        return InMemoryPage.of(reviews.values().stream(), page, Map.of(), NEWEST_FIRST);
    }

    @Override
    public synchronized long count() {
        return reviews.size();
    }
}
