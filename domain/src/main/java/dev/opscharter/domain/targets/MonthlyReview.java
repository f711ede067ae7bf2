package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly review (运营复盘会) of a month that has ended: the month's deviations from its targets, each
 * given a cause and improvement measures; the measures become work items routed by the charter. The
 * deviations are fixed when the review opens, so the meeting discusses one list whatever is imported later.
 * Closed once every deviation is settled; a closed review is kept as it is.
 */
public record MonthlyReview(MonthlyReviewId id, YearMonth month, List<ReviewDeviation> deviations, String openedBy,
                            Instant openedAt, Optional<Closing> closing, long version) {

    /** Who closed the review, and when. */
    public record Closing(String by, Instant at) {
        public Closing {
            by = Require.text(by, "by", 100);
            Objects.requireNonNull(at, "at");
        }
    }

    public MonthlyReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(month, "month");
        deviations = List.copyOf(deviations);
        openedBy = Require.text(openedBy, "openedBy", 100);
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closing, "closing");
    }

    /** Opens the review of a month that has ended ({@code today} after its last day). */
    public static MonthlyReview open(YearMonth month, List<ReviewDeviation> deviations, Actor by, Instant at,
                                     LocalDate today) {
        Refusal.enforce(manager(by));
        if (!today.isAfter(month.atEndOfMonth())) {
            throw Refusal.of("rule.targets.review.month-running", month.toString()).violation();
        }
        return new MonthlyReview(MonthlyReviewId.random(), month, deviations, by.name(), at, Optional.empty(), 0);
    }

    /** As stored: the store counts the versions. */
    public MonthlyReview withVersion(long next) {
        return new MonthlyReview(id, month, deviations, openedBy, openedAt, closing, next);
    }

    public boolean closed() {
        return closing.isPresent();
    }

    /** The steps {@code by} may take; none once the review is closed. */
    public List<Step<ReviewStep>> allowedSteps(Actor by) {
        if (closed() || !by.may(TargetsPermission.MANAGE)) {
            return List.of();
        }
        return List.of(Step.open(ReviewStep.EXPLAIN), Step.open(ReviewStep.ADD_MEASURE),
                Step.of(ReviewStep.CLOSE, unsettled()));
    }

    public MonthlyReview explain(BusinessUnitId unit, MetricId metric, String cause, Actor by) {
        Refusal.enforce(changeable(by));
        return with(deviation(unit, metric).explained(cause));
    }

    /** Refused before the work item is registered: the use case asks {@link #requireStep} first. */
    public MonthlyReview addMeasure(BusinessUnitId unit, MetricId metric, ReviewMeasure measure, Actor by) {
        Refusal.enforce(changeable(by));
        return with(deviation(unit, metric).measured(measure));
    }

    public MonthlyReview close(Actor by, Instant at) {
        Refusal.enforce(changeable(by).or(this::unsettled));
        return new MonthlyReview(id, month, deviations, openedBy, openedAt, Optional.of(new Closing(by.name(), at)),
                version);
    }

    /** Refuses the step unless {@code by} may take it now. */
    public void requireStep(ReviewStep step, Actor by) {
        Refusal.enforce(step == ReviewStep.CLOSE ? changeable(by).or(this::unsettled) : changeable(by));
    }

    public ReviewDeviation deviation(BusinessUnitId unit, MetricId metric) {
        return deviations.stream().filter(d -> d.is(unit, metric)).findFirst()
                .orElseThrow(() -> Refusal.of("rule.targets.review.no-such-deviation").violation());
    }

    private MonthlyReview with(ReviewDeviation changed) {
        var next = new ArrayList<ReviewDeviation>(deviations.size());
        deviations.forEach(d -> next.add(d.is(changed.unit(), changed.metric()) ? changed : d));
        return new MonthlyReview(id, month, next, openedBy, openedAt, closing, version);
    }

    private Optional<Refusal> changeable(Actor by) {
        return manager(by).or(() -> closed() ? Refusal.because("rule.targets.review.closed") : Optional.empty());
    }

    private Optional<Refusal> unsettled() {
        long open = deviations.stream().filter(d -> !d.settled()).count();
        return open == 0 ? Optional.empty() : Refusal.because("rule.targets.review.unsettled", open);
    }

    private static Optional<Refusal> manager(Actor by) {
        return by.may(TargetsPermission.MANAGE) ? Optional.empty() : Refusal.because("rule.targets.review.manage-only");
    }
}
