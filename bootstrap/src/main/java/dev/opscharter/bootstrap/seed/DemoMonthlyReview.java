package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews.MeasureDraft;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Demo mode: the review of the last ended month is open, South China's revenue shortfall explained and a measure
 * registered that the charter hands to IT; the other deviations wait for the manager. After the work items and
 * figures ({@link DemoWorkAndFigures} seeds only into an empty register).
 */
@Component
@Order(7)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoMonthlyReview implements ApplicationRunner {

    private final RunMonthlyReviews reviews;
    private final TargetQueries targets;
    private final SettingsStore settings;
    private final Clock clock;

    DemoMonthlyReview(RunMonthlyReviews reviews, TargetQueries targets, SettingsStore settings, Clock clock) {
        this.reviews = reviews;
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        var month = YearMonth.from(today).minusMonths(1);
        SystemTasks.asUser("manager", () -> {
            if (reviews.countReviews() > 0) {
                return;
            }
            var revenue = targets.metrics().stream().filter(m -> m.code().equals("REVENUE")).findFirst();
            var south = targets.units(true, PageRequest.first(100)).stream()
                    .filter(u -> u.code().equals("SOUTH")).findFirst();
            if (revenue.isEmpty() || south.isEmpty()) {
                return;
            }
            var id = reviews.open(month);
            var review = reviews.ofMonth(month).orElseThrow().record();
            if (review.deviations().stream().noneMatch(d -> d.is(south.get().id(), revenue.get().id()))) {
                return;
            }
            reviews.explain(id, south.get().id(), revenue.get().id(),
                    "订单系统高峰期卡顿，华南大促订单流失；新客转化率下降", review.version());
            reviews.addMeasure(RequestKey.fresh(), id, south.get().id(), revenue.get().id(), new MeasureDraft(
                    "订单系统高峰期扩容与下单链路优化", "大促前完成压测，下单接口 P95 ≤ 300 ms", "SYSTEM_DEVELOPMENT",
                    Optional.of(today.plusDays(30))), review.version() + 1);
        });
    }
}
