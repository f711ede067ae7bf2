package dev.opscharter.application.risks.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.risks.RiskReviewId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register's reviews in memory, one per period, with the optimistic locking of the JDBC adapter. */
public final class InMemoryRiskReviews implements RiskReviews {

    /** The latest period first; of the same last month, the quarter before the month. */
    private static final Comparator<RiskReview> LATEST_FIRST = Comparator
            .comparing((RiskReview r) -> r.period().to(), Comparator.reverseOrder())
            .thenComparing(r -> r.period() instanceof ReviewPeriod.Quarter ? 0 : 1)
            .thenComparing(r -> r.id().toString());

    private final Map<RiskReviewId, RiskReview> reviews = new LinkedHashMap<>();

    @Override
    public synchronized RiskReview save(RiskReview review) {
        var stored = reviews.get(review.id());
        long version = review.version();
        boolean periodTaken = reviews.values().stream()
                .anyMatch(r -> r.period().equals(review.period()) && !r.id().equals(review.id()));
        if (periodTaken || (version == 0 ? stored != null : stored == null || stored.version() != version)) {
            throw new ConcurrentModification("RiskReview", review.id());
        }
        var saved = review.withVersion(version + 1);
        reviews.put(review.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<RiskReview> byId(RiskReviewId id) {
        return Optional.ofNullable(reviews.get(id));
    }

    @Override
    public synchronized Optional<RiskReview> ofPeriod(ReviewPeriod period) {
        return reviews.values().stream().filter(r -> r.period().equals(period)).findFirst();
    }

    @Override
    public synchronized List<RiskReview> page(PageRequest page) {
        return InMemoryPage.of(reviews.values().stream(), page, Map.of(), LATEST_FIRST);
    }

    @Override
    public synchronized long count() {
        return reviews.size();
    }
}
