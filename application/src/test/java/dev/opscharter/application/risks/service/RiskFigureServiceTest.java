package dev.opscharter.application.risks.service;

import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A key risk indicator's figures on fakes: the breach raises the contingency plan once and tells the owner. */
class RiskFigureServiceTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final String BREACHED = "notification.risk.threshold-breached";

    private final RisksFixture f = new RisksFixture();
    private final RiskFigureService service = f.figureService;

    private long breachNotices() {
        return f.charter.notifications.sent().stream().filter(n -> n.subjectKey().equals(BREACHED)).count();
    }

    @Test
    void a_figure_at_the_limit_holds_and_raises_nothing() {
        var risk = f.risk("R-001", 3, 3);
        var indicator = f.lateDeliveries(risk);
        f.charter.actAs(f.charter.specialist);

        assertThat(service.record(risk, indicator, APRIL, new BigDecimal("10.00"))).isEmpty();

        assertThat(f.figures.of(indicator, APRIL)).hasValueSatisfying(fig -> assertThat(fig.breached()).isFalse());
        assertThat(f.charter.workItems.all()).isEmpty();
        assertThat(breachNotices()).isZero();
        assertThat(f.charter.org.auditLog.entries()).extracting(AuditEntry::entityType).contains("RiskFigure");
    }

    @Test
    void a_figure_beyond_the_limit_raises_the_plan_as_operations_own_work_item_and_tells_the_owner() {
        var risk = f.risk("R-001", 3, 3);
        var indicator = f.lateDeliveries(risk);
        f.charter.actAs(f.charter.specialist);

        var item = service.record(risk, indicator, APRIL, new BigDecimal("10.01")).orElseThrow();

        var registered = f.charter.workItems.byId(item).orElseThrow();
        assertThat(registered.kind()).isEqualTo(WorkItemKind.ACTION);
        assertThat(registered.dutyType().code()).isEqualTo(RiskFigureService.RISK_DUTY);
        assertThat(registered.decision()).isInstanceOf(BoundaryDecision.Own.class);
        assertThat(registered.description()).contains("启用备选供应商").contains("10.01").contains("2026-04");
        assertThat(f.charter.notifications.to("specialist")).filteredOn(n -> n.subjectKey().equals(BREACHED))
                .singleElement().extracting(Notification::link).isEqualTo(RiskFigureService.LINK + risk);
    }

    @Test
    void a_second_breach_of_the_same_month_raises_nothing_more_and_the_next_month_raises_again() {
        var risk = f.risk("R-001", 3, 3);
        var indicator = f.lateDeliveries(risk);
        f.charter.actAs(f.charter.specialist);
        var first = service.record(risk, indicator, APRIL, new BigDecimal("12")).orElseThrow();

        var again = service.record(risk, indicator, APRIL, new BigDecimal("14"));

        assertThat(again).contains(first);
        assertThat(f.figures.of(indicator, APRIL)).hasValueSatisfying(
                fig -> assertThat(fig.value()).isEqualByComparingTo("14"));
        assertThat(f.charter.workItems.all()).hasSize(1);
        assertThat(breachNotices()).isEqualTo(1);

        var may = service.record(risk, indicator, APRIL.plusMonths(1), new BigDecimal("11")).orElseThrow();
        assertThat(may).isNotEqualTo(first);
        assertThat(f.charter.workItems.all()).hasSize(2);
        assertThat(breachNotices()).isEqualTo(2);
    }

    @Test
    void a_below_threshold_breaches_only_under_its_limit() {
        var risk = f.risk("R-001", 2, 2);
        f.charter.actAs(f.charter.manager);
        var cover = f.riskService.addIndicator(risk, new NewIndicator("库存可用天数",
                new RiskThreshold(RiskThreshold.Side.BELOW, new BigDecimal("5")), FigureSource.entered()),
                f.version(risk));

        assertThat(service.record(risk, cover, APRIL, new BigDecimal("5"))).isEmpty();
        assertThat(service.record(risk, cover, APRIL.plusMonths(1), new BigDecimal("4.9"))).isPresent();
    }

    @Test
    void a_major_risks_plan_goes_to_managements_sign_off_through_the_charter() {
        var risk = f.risk("R-001", 4, 4);
        var indicator = f.lateDeliveries(risk);
        f.charter.actAs(f.charter.director);

        var item = service.record(risk, indicator, APRIL, new BigDecimal("30")).orElseThrow();

        var registered = f.charter.workItems.byId(item).orElseThrow();
        assertThat(registered.dutyType().code()).isEqualTo(RiskFigureService.MAJOR_RISK_DUTY);
        assertThat(registered.needsSignOff()).isTrue();
    }

    @Test
    void specialists_record_figures_auditors_do_not_and_a_metric_fed_indicator_takes_no_entry() {
        var risk = f.risk("R-001", 3, 3);
        var indicator = f.lateDeliveries(risk);
        f.charter.actAs(f.charter.auditor);
        assertThatThrownBy(() -> service.record(risk, indicator, APRIL, BigDecimal.ONE))
                .isInstanceOf(AccessDenied.class);
        assertThat(f.figures.size()).isZero();

        f.charter.actAs(f.charter.manager);
        var fromMetric = f.riskService.addIndicator(risk, new NewIndicator("订单取消率",
                new RiskThreshold(RiskThreshold.Side.ABOVE, BigDecimal.ONE), new FigureSource.FromMetric(
                        MetricId.random())), f.version(risk));
        f.charter.actAs(f.charter.specialist);
        assertThat(service.record(risk, indicator, APRIL, BigDecimal.ONE)).isEmpty();
        assertThatThrownBy(() -> service.record(risk, fromMetric, APRIL, BigDecimal.TEN))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.risks.indicator-from-metric"));
    }

    @Test
    void an_indicator_fed_by_a_metric_is_judged_on_the_months_actuals_over_every_unit() {
        var metric = f.metrics.save(Metric.create("LATE_DELIVERIES", new BilingualName("延迟交付单数", "Late deliveries"),
                MetricUnit.COUNT, MetricDirection.LOWER_IS_BETTER, Aggregation.SUM, false, false));
        var quiet = f.metrics.save(Metric.create("RETURNS", new BilingualName("退货", "Returns"),
                MetricUnit.COUNT, MetricDirection.LOWER_IS_BETTER, Aggregation.SUM, false, false));
        var risk = f.risk("R-001", 3, 4);
        f.charter.actAs(f.charter.manager);
        var late = f.riskService.addIndicator(risk, new NewIndicator("月延迟交付单数",
                new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("100")),
                new FigureSource.FromMetric(metric.id())), f.version(risk));
        f.riskService.addIndicator(risk, new NewIndicator("月退货单数",
                new RiskThreshold(RiskThreshold.Side.ABOVE, BigDecimal.ONE),
                new FigureSource.FromMetric(quiet.id())), f.version(risk));
        var east = BusinessUnitId.random();
        var west = BusinessUnitId.random();
        f.actuals.addAll(List.of(new DailyActual(east, metric.id(), APRIL.atDay(3), new BigDecimal("60")),
                new DailyActual(west, metric.id(), APRIL.atDay(9), new BigDecimal("40")),
                new DailyActual(west, metric.id(), APRIL.plusMonths(1).atDay(2), new BigDecimal("500"))));

        f.charter.actAs(Actor.SCHEDULE);
        assertThat(service.checkMetricIndicators(APRIL)).as("100 holds").isEmpty();
        assertThat(f.figures.of(late, APRIL)).hasValueSatisfying(fig -> {
            assertThat(fig.value()).isEqualByComparingTo("100");
            assertThat(fig.recordedBy()).isEqualTo("scheduled");
        });
        assertThat(f.figures.size()).as("no actuals of the quiet metric: no figure").isEqualTo(1);

        f.actuals.addAll(List.of(new DailyActual(east, metric.id(), APRIL.atDay(20), new BigDecimal("1"))));
        var raised = service.checkMetricIndicators(APRIL);
        assertThat(raised).hasSize(1);
        int entries = f.charter.org.auditLog.entries().size();
        assertThat(service.checkMetricIndicators(APRIL)).as("the same breach again").isEqualTo(raised);
        assertThat(f.charter.org.auditLog.entries()).as("an unchanged figure is not written again").hasSize(entries);
        assertThat(f.charter.workItems.all()).hasSize(1);
        assertThat(breachNotices()).isEqualTo(1);
    }
}
