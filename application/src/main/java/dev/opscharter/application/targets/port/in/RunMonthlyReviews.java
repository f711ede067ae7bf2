package dev.opscharter.application.targets.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.MonthlyReviewId;
import dev.opscharter.domain.targets.ReviewDeviation;
import dev.opscharter.domain.targets.ReviewStep;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The monthly review (运营复盘会): a month's deviations from its targets, each given a cause and improvement
 * measures that become work items routed by the charter. Managers and directors run it
 * ({@code TargetsPermission.MANAGE}); everyone who reads the targets reads it.
 */
public interface RunMonthlyReviews {

    /** The deviations of the month as they stand now, before a review is opened (or for a running month). */
    List<ReviewDeviation> deviations(YearMonth month);

    /** Opens the review of an ended month with its deviations as they stand; the month's review again answers it. */
    MonthlyReviewId open(YearMonth month);

    Optional<WithSteps<MonthlyReview, ReviewStep>> ofMonth(YearMonth month);

    /** Newest month first. */
    List<MonthlyReview> reviews(PageRequest page);

    long countReviews();

    void explain(MonthlyReviewId review, BusinessUnitId unit, MetricId metric, String cause, long version);

    /**
     * Registers the measure as a work item (its duty type decides where the charter routes it) and records it on
     * the deviation, once per request: the same {@code request} again answers the item registered.
     */
    WorkItemId addMeasure(RequestKey request, MonthlyReviewId review, BusinessUnitId unit, MetricId metric,
                          MeasureDraft measure, long version);

    void close(MonthlyReviewId review, long version);

    record MeasureDraft(String title, String description, String dutyType, Optional<LocalDate> dueOn) {
    }
}
