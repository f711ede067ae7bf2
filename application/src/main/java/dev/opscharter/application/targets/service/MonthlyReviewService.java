package dev.opscharter.application.targets.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.MonthlyReviews;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.MonthlyReviewId;
import dev.opscharter.domain.targets.PeriodFigure;
import dev.opscharter.domain.targets.ReviewDeviation;
import dev.opscharter.domain.targets.ReviewMeasure;
import dev.opscharter.domain.targets.ReviewStep;
import dev.opscharter.domain.targets.Target;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.opscharter.domain.targets.TargetsPermission.MANAGE;
import static dev.opscharter.domain.targets.TargetsPermission.READ;

/**
 * The monthly review: which targets the month fell short of ({@link ReviewDeviation}, against the month's
 * share of the quarter's target, or the year's where the quarter has none), and the causes and measures the
 * review records. A measure is registered as a work item of the charter's, which routes it by its duty type.
 */
public final class MonthlyReviewService implements RunMonthlyReviews {

    static final RecordType<MonthlyReviewId, MonthlyReview> TYPE = new RecordType<>("MonthlyReview",
            MonthlyReview::id, r -> r.month().toString(), MonthlyReviewService::snapshot, MonthlyReview::version,
            MonthlyReviewId::toString, text -> new MonthlyReviewId(UUID.fromString(text)));

    private final MonthlyReviews reviews;
    private final Metrics metrics;
    private final Targets targets;
    private final Actuals actuals;
    private final ManageWorkItems workItems;
    private final Once once;
    private final UseCase uc;

    public MonthlyReviewService(MonthlyReviews reviews, Metrics metrics, Targets targets, Actuals actuals,
                                ManageWorkItems workItems, ProcessedRequests processed, UseCase uc) {
        this.reviews = reviews;
        this.metrics = metrics;
        this.targets = targets;
        this.actuals = actuals;
        this.workItems = workItems;
        this.once = new Once(processed);
        this.uc = uc;
    }

    @Override
    public List<ReviewDeviation> deviations(YearMonth month) {
        return uc.read(READ, () -> deviationsOf(month));
    }

    @Override
    public MonthlyReviewId open(YearMonth month) {
        return uc.write(MANAGE, me -> reviews.ofMonth(month).map(MonthlyReview::id).orElseGet(() -> {
            var review = MonthlyReview.open(month, deviationsOf(month), me, uc.calendar().now(),
                    uc.calendar().today());
            return uc.created(TYPE, reviews.save(review)).id();
        }));
    }

    @Override
    public Optional<WithSteps<MonthlyReview, ReviewStep>> ofMonth(YearMonth month) {
        return uc.read(READ, me -> reviews.ofMonth(month).map(r -> new WithSteps<>(r, r.allowedSteps(me))));
    }

    @Override
    public List<MonthlyReview> reviews(PageRequest page) {
        return uc.read(READ, () -> reviews.page(page));
    }

    @Override
    public long countReviews() {
        return uc.read(READ, reviews::count);
    }

    @Override
    public void explain(MonthlyReviewId review, BusinessUnitId unit, MetricId metric, String cause, long version) {
        uc.change(MANAGE, TYPE, reviews, review, version, AuditAction.UPDATE,
                (me, before) -> before.explain(unit, metric, cause, me));
    }

    @Override
    public WorkItemId addMeasure(RequestKey request, MonthlyReviewId id, BusinessUnitId unit, MetricId metric,
                                 MeasureDraft measure, long version) {
        return uc.write(MANAGE, me -> once.create(request, "MonthlyReview.addMeasure", () -> {
            var review = reviews.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
            if (review.version() != version) {
                throw new ConcurrentModification(TYPE.entity(), id);
            }
            review.requireStep(ReviewStep.ADD_MEASURE, me);
            var deviation = review.deviation(unit, metric);
            var item = workItems.register(request.derived("MonthlyReview.measure"), new WorkItemDraft(WorkItemKind.ACTION,
                    measure.title(), describe(review, deviation, measure), measure.dutyType(), measure.dueOn()));
            uc.save(TYPE, reviews, AuditAction.UPDATE, review, review.addMeasure(unit, metric,
                    new ReviewMeasure(item.value(), measure.title(), measure.dutyType()), me));
            return item;
        }, WorkItemId::toString, WorkItemId::parse));
    }

    @Override
    public void close(MonthlyReviewId review, long version) {
        uc.change(MANAGE, TYPE, reviews, review, version, AuditAction.UPDATE,
                (me, before) -> before.close(me, uc.calendar().now()));
    }

    /** Each target in force for the month against the month's share of it; a quarter's target before the year's. */
    private List<ReviewDeviation> deviationsOf(YearMonth month) {
        var byId = metrics.all().stream().collect(Collectors.toMap(Metric::id, Function.identity()));
        var quarter = Period.quarterOf(month.atDay(1));
        var inForce = new LinkedHashMap<List<Object>, Target>();
        for (var target : targets.allOfPeriod(quarter.asYear())) {
            inForce.put(List.of(target.unit(), target.metric()), target);
        }
        for (var target : targets.allOfPeriod(quarter)) {
            inForce.put(List.of(target.unit(), target.metric()), target);
        }
        var totals = new HashMap<List<Object>, DayTotals>();
        for (var row : actuals.totals(month.atDay(1), month.plusMonths(1).atDay(1))) {
            totals.put(List.of(row.unit(), row.metric()), row.totals());
        }
        var deviations = new ArrayList<ReviewDeviation>();
        for (var target : inForce.values()) {
            var metric = byId.get(target.metric());
            if (metric == null) {
                continue;
            }
            var figure = PeriodFigure.of(metric, id -> Optional.ofNullable(totals.get(List.of(target.unit(), id))));
            ReviewDeviation.of(metric, target, month, figure).ifPresent(deviations::add);
        }
        return deviations;
    }


    private static String describe(MonthlyReview review, ReviewDeviation deviation, MeasureDraft measure) {
        var context = "运营复盘 " + review.month() + " / Monthly review " + review.month()
                + deviation.cause().map(c -> "\n原因 / Cause: " + c).orElse("");
        return measure.description().isBlank() ? context : measure.description() + "\n\n" + context;
    }

    private static Map<String, String> snapshot(MonthlyReview review) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("month", review.month().toString());
        snapshot.put("deviations", Integer.toString(review.deviations().size()));
        snapshot.put("settled", Long.toString(review.deviations().stream().filter(ReviewDeviation::settled).count()));
        // by the deviation's place in the review: a field name of the audit trail is short
        var deviations = review.deviations();
        for (int i = 0; i < deviations.size(); i++) {
            int number = i + 1;
            deviations.get(i).cause().ifPresent(cause -> snapshot.put("cause " + number, cause));
        }
        snapshot.put("measures", Long.toString(review.deviations().stream().mapToLong(d -> d.measures().size()).sum()));
        review.closing().ifPresent(c -> snapshot.put("closed by", c.by()));
        return snapshot;
    }
}
