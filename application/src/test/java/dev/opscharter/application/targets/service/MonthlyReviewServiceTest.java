package dev.opscharter.application.targets.service;

import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.fakes.InMemoryMonthlyReviews;
import dev.opscharter.application.targets.fakes.InMemoryTargets;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews.MeasureDraft;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.ReviewDeviation;
import dev.opscharter.domain.targets.ReviewStep;
import dev.opscharter.domain.targets.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly review on fakes; the clock stands on 14 May 2026, so April is the last month ended. */
class MonthlyReviewServiceTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final CharterFixture charter = new CharterFixture();
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final InMemoryTargets targets = new InMemoryTargets();
    private final InMemoryActuals actuals = new InMemoryActuals();
    private final InMemoryMonthlyReviews reviews = new InMemoryMonthlyReviews();
    private final MonthlyReviewService service = new MonthlyReviewService(reviews, metrics, targets, actuals,
            charter.workItemService(), charter.org.processedRequests, charter.org.useCase);

    private final BusinessUnitId east = BusinessUnitId.random();
    private final Metric revenue = metric("REVENUE", Aggregation.SUM, MetricDirection.HIGHER_IS_BETTER, false);
    private final Metric hours = metric("DELIVERY_HOURS", Aggregation.AVERAGE, MetricDirection.LOWER_IS_BETTER, false);
    private final Metric complaints = metric("MAJOR_COMPLAINTS", Aggregation.SUM, MetricDirection.LOWER_IS_BETTER, true);

    private Metric metric(String code, Aggregation aggregation, MetricDirection direction, boolean key) {
        return metrics.save(Metric.create(code, new BilingualName(code, code), MetricUnit.COUNT, direction,
                aggregation, key, true));
    }

    private void target(Metric metric, Period period, String value) {
        targets.save(Target.set(east, metric.id(), period, new BigDecimal(value), "manager", charter.org.clock.instant()));
    }

    /** The same value on every day of April. */
    private void everyDayOfApril(Metric metric, String value) {
        var days = new ArrayList<DailyActual>();
        for (int day = 1; day <= 30; day++) {
            days.add(new DailyActual(east, metric.id(), APRIL.atDay(day), new BigDecimal(value)));
        }
        actuals.addAll(days);
    }

    @Test
    void april_falls_short_where_its_share_of_the_quarter_is_missed_and_a_key_indicator_unrecorded_deviates() {
        var quarter = new Period.Quarter(2026, 2);
        target(revenue, quarter, "9100");                 // 91 days: April must reach 3 000
        everyDayOfApril(revenue, "99");                   // 2 970
        target(hours, quarter.asYear(), "24");            // no quarter target: the year's holds
        everyDayOfApril(hours, "23");
        target(complaints, quarter, "3");                 // a key indicator nobody recorded

        var deviations = service.deviations(APRIL);

        assertThat(deviations).extracting(ReviewDeviation::metric).containsExactlyInAnyOrder(revenue.id(), complaints.id());
        var short_ = deviations.stream().filter(d -> d.metric().equals(revenue.id())).findFirst().orElseThrow();
        assertThat(short_.share()).isEqualByComparingTo("3000");
        assertThat(short_.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("2970"));
        assertThat(short_.percent()).contains(new BigDecimal("99.0"));
    }

    @Test
    void a_measure_becomes_a_work_item_routed_by_the_charter_and_the_review_closes_once_settled() {
        target(revenue, new Period.Quarter(2026, 2), "9100");
        everyDayOfApril(revenue, "50");
        var id = service.open(APRIL);
        assertThat(service.open(APRIL)).as("the month's review again").isEqualTo(id);
        var review = service.ofMonth(APRIL).orElseThrow();
        assertThat(review.step(ReviewStep.CLOSE)).hasValueSatisfying(step -> assertThat(step.isOpen()).isFalse());

        service.explain(id, east, revenue.id(), "订单系统导出慢，客服响应拖延", review.record().version());
        var version = service.ofMonth(APRIL).orElseThrow().record().version();
        var request = RequestKey.fresh();
        var measure = new MeasureDraft("订单系统增加批量导出", "", "SYSTEM_DEVELOPMENT", Optional.of(LocalDate.of(2026, 6, 30)));
        var item = service.addMeasure(request, id, east, revenue.id(), measure, version);

        assertThat(service.addMeasure(request, id, east, revenue.id(), measure, version))
                .as("a double click registers one item").isEqualTo(item);
        var registered = charter.workItems.byId(item).orElseThrow();
        assertThat(registered.decision()).isInstanceOfSatisfying(BoundaryDecision.Redirect.class,
                redirect -> assertThat(redirect.owner()).isEqualTo(charter.it.id()));
        assertThat(registered.description()).contains("2026-04");
        var settled = service.ofMonth(APRIL).orElseThrow();
        assertThat(settled.record().deviations().getFirst().measures()).hasSize(1);
        assertThat(settled.step(ReviewStep.CLOSE)).hasValueSatisfying(step -> assertThat(step.isOpen()).isTrue());

        service.close(id, settled.record().version());
        assertThat(service.ofMonth(APRIL).orElseThrow().steps()).isEmpty();
        assertThat(service.reviews(PageRequest.first(10))).hasSize(1);
        assertThat(service.countReviews()).isEqualTo(1);
    }

    @Test
    void a_stale_version_is_refused_before_any_work_item_is_registered() {
        target(revenue, new Period.Quarter(2026, 2), "9100");
        everyDayOfApril(revenue, "50");
        var id = service.open(APRIL);
        var seen = service.ofMonth(APRIL).orElseThrow().record().version();
        service.explain(id, east, revenue.id(), "流量不足", seen);

        assertThatThrownBy(() -> service.addMeasure(RequestKey.fresh(), id, east, revenue.id(),
                new MeasureDraft("加大投放", "", "OPERATIONS_STRATEGY", Optional.empty()), seen))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(charter.workItems.all()).isEmpty();
    }

    @Test
    void the_running_month_cannot_be_reviewed_and_only_managers_and_directors_run_a_review() {
        assertThatThrownBy(() -> service.open(YearMonth.of(2026, 5))).isInstanceOf(RuleViolation.class);

        charter.actAs(charter.specialist);
        assertThat(service.deviations(APRIL)).isEmpty();
        assertThatThrownBy(() -> service.open(APRIL)).isInstanceOf(AccessDenied.class);
        charter.org.actAs("nobody", Role.ADMIN);
        assertThatThrownBy(() -> service.deviations(APRIL)).isInstanceOf(AccessDenied.class);
    }
}
