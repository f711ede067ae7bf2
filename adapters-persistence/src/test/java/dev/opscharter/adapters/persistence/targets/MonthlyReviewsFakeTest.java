package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryMonthlyReviews;
import dev.opscharter.application.targets.port.out.MonthlyReviews;

import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;

import java.util.UUID;

class MonthlyReviewsFakeTest extends MonthlyReviewsContract {

    private final InMemoryMonthlyReviews reviews = new InMemoryMonthlyReviews();

    @Override
    protected MonthlyReviews reviews() {
        return reviews;
    }

    @Override
    protected BusinessUnitId unit() {
        return BusinessUnitId.random();
    }

    @Override
    protected MetricId metric() {
        return MetricId.random();
    }

    @Override
    protected UUID workItem() {
        return UUID.randomUUID();
    }
}
