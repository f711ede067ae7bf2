package dev.opscharter.application.efficiency.service;

import dev.opscharter.application.efficiency.EfficiencyFixture;
import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.CaseFigure;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.efficiency.ProjectStep;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectServiceTest {

    /** 14 May 2026 in Shanghai. */
    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final EfficiencyFixture fx = new EfficiencyFixture();
    final ProjectService service = fx.projectService();

    static ProjectDraft draft(String after) {
        return new ProjectDraft("订单处理提速", "manager", Optional.of("ORDER"), List.of(EfficiencyIndicator.typed(
                "processing time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER, true,
                Optional.of(new BigDecimal("5")), Optional.ofNullable(after).map(BigDecimal::new))));
    }

    long version(OptimizationProjectId id) {
        return fx.projects.byId(id).orElseThrow().version();
    }

    @Test
    void a_project_is_planned_once_per_request_and_audited() {
        fx.actAs(fx.specialist);
        var key = RequestKey.fresh();

        var id = service.plan(key, draft(null));
        var again = service.plan(key, draft(null));

        assertThat(again).isEqualTo(id);
        assertThat(service.count(ProjectFilter.ALL)).isEqualTo(1);
        assertThat(fx.projects.byId(id).orElseThrow().preparedBy()).isEqualTo("specialist");
        assertEntry(fx.org.auditLog.entries().getLast(), CREATE, "specialist", "OptimizationProject", id);
    }

    @Test
    void an_auditor_reads_but_neither_plans_nor_edits() {
        var id = service.plan(RequestKey.fresh(), draft(null));
        fx.actAs(fx.auditor);

        assertThat(service.detail(id).steps()).isEmpty();
        assertThatThrownBy(() -> service.plan(RequestKey.fresh(), draft(null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.edit(id, 1, draft("4"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_steps_run_on_the_version_seen_and_acceptance_keeps_the_report() {
        var id = service.plan(RequestKey.fresh(), draft(null));
        service.start(id, version(id));
        assertThatThrownBy(() -> service.edit(id, 1, draft("4"))).isInstanceOf(ConcurrentModification.class);
        assertThat(service.detail(id).step(ProjectStep.ACCEPT)).map(Step::isOpen).contains(false);

        service.edit(id, version(id), draft("4"));
        var report = service.accept(id, version(id), TODAY, "验收报告.pdf",
                "%PDF-1.4 report".getBytes(StandardCharsets.UTF_8));

        var accepted = fx.projects.byId(id).orElseThrow();
        assertThat(accepted.state()).isEqualTo(ProjectState.ACCEPTED);
        assertThat(accepted.landedOn()).contains(TODAY);
        assertThat(service.acceptanceReport(id)).map(f -> f.id()).contains(report);
        assertThat(accepted.coreImprovement()).contains(new BigDecimal("20.0"));
        assertEntry(fx.org.auditLog.entries().getLast(), UPDATE, "manager", "OptimizationProject", id);
    }

    @Test
    void a_specialist_may_not_start_a_project() {
        fx.actAs(fx.specialist);
        var id = service.plan(RequestKey.fresh(), draft(null));

        assertThatThrownBy(() -> service.start(id, version(id))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rule.efficiency.project.manager-only");
    }

    @Test
    void measuring_reads_the_cases_that_started_in_the_days_before_and_after_the_landed_day_in_the_zone() {
        var landed = TODAY.minusDays(30);
        var start = landed.atStartOfDay(SHANGHAI).toInstant();
        // before: 10 h and 20 h; after: 4 h, 6 h and 8 h; outside the 30 days either side: ignored
        fx.durations.add("ORDER", start.minus(Duration.ofDays(2)), start.minus(Duration.ofDays(2)).plus(Duration.ofHours(10)));
        fx.durations.add("ORDER", start.minusSeconds(1), start.minusSeconds(1).plus(Duration.ofHours(20)));
        fx.durations.add("ORDER", start, start.plus(Duration.ofHours(4)));
        fx.durations.add("ORDER", start.plus(Duration.ofDays(3)), start.plus(Duration.ofDays(3)).plus(Duration.ofHours(6)));
        fx.durations.add("ORDER", start.plus(Duration.ofDays(29)), start.plus(Duration.ofDays(29)).plus(Duration.ofHours(8)));
        fx.durations.add("ORDER", start.plus(Duration.ofDays(30)), start.plus(Duration.ofDays(30)).plus(Duration.ofHours(99)));
        fx.durations.add("ORDER", start.minus(Duration.ofDays(31)), start.minus(Duration.ofDays(31)).plus(Duration.ofHours(99)));
        fx.durations.add("OTHER", start, start.plus(Duration.ofHours(99)));
        var id = service.plan(RequestKey.fresh(), draft(null));

        service.measure(id, version(id), landed, 30);

        var indicators = fx.projects.byId(id).orElseThrow().indicators();
        var median = indicators.stream().filter(i -> i.measured().map(m -> m.figure() == CaseFigure.MEDIAN)
                .orElse(false)).findFirst().orElseThrow();
        assertThat(median.baseline()).contains(new BigDecimal("15"));
        assertThat(median.after()).contains(new BigDecimal("6"));
        assertThat(median.measured().orElseThrow().casesBefore()).isEqualTo(2);
        assertThat(median.measured().orElseThrow().casesAfter()).isEqualTo(3);
        var p90 = indicators.getLast();
        assertThat(p90.baseline()).contains(new BigDecimal("19"));
        assertThat(p90.after()).contains(new BigDecimal("7.6"));
        assertThat(service.measurable("ORDER")).isTrue();
        assertThat(service.measurable("NONE")).isFalse();
    }

    @Test
    void measuring_a_window_without_cases_is_refused() {
        var id = service.plan(RequestKey.fresh(), draft(null));

        assertThatThrownBy(() -> service.measure(id, version(id), TODAY, 90)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rule.efficiency.measure.no-cases-before");
    }

    @Test
    void the_list_filters_by_state_and_text() {
        var first = service.plan(RequestKey.fresh(), draft(null));
        service.plan(RequestKey.fresh(), new ProjectDraft("Invoice check", "someone", Optional.empty(), List.of()));
        service.start(first, version(first));

        assertThat(service.page(new ProjectFilter(Optional.of(ProjectState.IN_PROGRESS), Optional.empty()),
                PageRequest.first(10))).extracting(p -> p.id()).containsExactly(first);
        assertThat(service.page(new ProjectFilter(Optional.empty(), Optional.of("invoice")), PageRequest.first(10)))
                .extracting(p -> p.title()).containsExactly("Invoice check");
    }
}
