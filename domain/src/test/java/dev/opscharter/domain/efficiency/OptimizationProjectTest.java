package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.opscharter.domain.targets.MetricDirection.HIGHER_IS_BETTER;
import static dev.opscharter.domain.targets.MetricDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptimizationProjectTest {

    private static final Actor MANAGER = Actor.user("mgr", Set.of(Role.OPS_MANAGER));
    private static final Actor SPECIALIST = Actor.user("spec", Set.of(Role.OPS_SPECIALIST));
    private static final Actor AUDITOR = Actor.user("aud", Set.of(Role.AUDITOR));
    private static final Instant NOW = Instant.parse("2027-05-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);

    private static EfficiencyIndicator indicator(String name, String baseline, String after, boolean core) {
        return EfficiencyIndicator.typed(name, MetricUnit.HOURS, LOWER_IS_BETTER, core,
                Optional.ofNullable(baseline).map(BigDecimal::new), Optional.ofNullable(after).map(BigDecimal::new));
    }

    private static OptimizationProject planned(Optional<String> process, EfficiencyIndicator... indicators) {
        return OptimizationProject.plan(new ProjectDraft("Faster orders", "mgr", process, List.of(indicators)),
                SPECIALIST, NOW);
    }

    private static List<ProjectStep> open(List<Step<ProjectStep>> steps) {
        return steps.stream().filter(Step::isOpen).map(Step::kind).toList();
    }

    @Test
    void a_specialist_prepares_a_planned_project_and_only_a_manager_starts_accepts_and_cancels_it() {
        var project = planned(Optional.of("ORDER"), indicator("processing time", "5", null, true));

        assertThat(open(project.allowedSteps(SPECIALIST))).containsExactly(ProjectStep.EDIT, ProjectStep.MEASURE);
        assertThat(open(project.allowedSteps(MANAGER)))
                .containsExactly(ProjectStep.EDIT, ProjectStep.MEASURE, ProjectStep.START, ProjectStep.CANCEL);
        assertThat(project.allowedSteps(AUDITOR)).isEmpty();
        assertThatThrownBy(() -> project.start(SPECIALIST)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rule.efficiency.project.manager-only");
        assertThatThrownBy(() -> OptimizationProject.plan(project.draft(), AUDITOR, NOW))
                .isInstanceOf(RuleViolation.class);

        var started = project.start(MANAGER);
        assertThat(started.state()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(started.allowedSteps(SPECIALIST)).isEmpty();
    }

    @Test
    void acceptance_is_shown_blocked_until_every_indicator_has_both_values_and_keeps_the_landed_day_and_report() {
        var started = planned(Optional.empty(), indicator("processing time", "5", null, true)).start(MANAGER);

        assertThat(started.allowedSteps(MANAGER)).contains(Step.blocked(ProjectStep.ACCEPT,
                Refusal.of("rule.efficiency.project.values-required")));
        assertThat(started.allowedSteps(MANAGER)).contains(Step.blocked(ProjectStep.MEASURE,
                Refusal.of("rule.efficiency.project.no-process")));

        var complete = started.edit(MANAGER, new ProjectDraft("Faster orders", "mgr", Optional.empty(),
                List.of(indicator("processing time", "5", "4", true))));
        var report = UUID.randomUUID();
        assertThatThrownBy(() -> complete.accept(MANAGER, TODAY.plusDays(1), report, TODAY))
                .hasMessageContaining("rule.efficiency.project.landed-in-future");

        var accepted = complete.accept(MANAGER, TODAY, report, TODAY);
        assertThat(accepted.state()).isEqualTo(ProjectState.ACCEPTED);
        assertThat(accepted.landedOn()).contains(TODAY);
        assertThat(accepted.acceptanceReport()).contains(report);
        assertThat(accepted.allowedSteps(MANAGER)).isEmpty();
        assertThat(accepted.landedBetween(TODAY, TODAY.plusDays(1))).isTrue();
        assertThat(accepted.landedBetween(TODAY.plusDays(1), TODAY.plusDays(2))).isFalse();
        assertThatThrownBy(() -> accepted.cancel(MANAGER)).hasMessageContaining("rule.efficiency.project.closed");
    }

    @Test
    void the_core_improvement_is_the_mean_of_the_core_indicators_in_their_own_directions() {
        var output = EfficiencyIndicator.typed("orders per person", MetricUnit.COUNT, HIGHER_IS_BETTER, true,
                Optional.of(new BigDecimal("40")), Optional.of(new BigDecimal("50")));
        var project = planned(Optional.empty(), indicator("processing time", "5", "4", true), output,
                indicator("errors", "10", "1", false), indicator("from nothing", "0", "3", true));

        // 20 % and 25 %; the non-core 90 % and the indicator without a baseline above 0 do not count
        assertThat(project.coreImprovement()).contains(new BigDecimal("22.5"));
        assertThat(planned(Optional.empty(), indicator("errors", "10", "1", false)).coreImprovement()).isEmpty();
    }

    @Test
    void an_indicator_marks_15_percent_as_notable_in_either_direction() {
        assertThat(indicator("time", "100", "85", true).isNotable()).isTrue();
        assertThat(indicator("time", "100", "85.01", true).isNotable()).isFalse();
        assertThat(indicator("time", "100", null, true).isNotable()).isFalse();
        assertThat(indicator("time", "0", "0", true).improvement().orElseThrow().percent()).isEmpty();
    }

    @Test
    void measuring_sets_the_median_and_p90_in_hours_from_the_cases_and_replaces_an_earlier_measurement() {
        var project = planned(Optional.of("ORDER"), indicator("errors", "10", "8", false));
        var before = new WindowDurations(40, Duration.ofHours(10), Duration.ofHours(30));
        var after = new WindowDurations(35, Duration.ofMinutes(450), Duration.ofHours(20));

        var measured = project.measure(SPECIALIST, before, after, TODAY, 90);
        var again = measured.measure(SPECIALIST, before, before, TODAY, 30);

        assertThat(measured.indicators()).hasSize(3);
        var median = measured.indicators().get(1);
        assertThat(median.baseline()).contains(new BigDecimal("10"));
        assertThat(median.after()).contains(new BigDecimal("7.5"));
        assertThat(median.core()).isTrue();
        assertThat(median.measured()).contains(new Measured(CaseFigure.MEDIAN, TODAY, 90, 40, 35));
        assertThat(measured.indicators().get(2).core()).isFalse();
        assertThat(measured.coreImprovement()).contains(new BigDecimal("25.0"));
        assertThat(again.indicators()).hasSize(3);
        assertThat(again.indicators().get(1).measured().orElseThrow().days()).isEqualTo(30);
    }

    @Test
    void a_project_names_each_indicator_once() {
        assertThatThrownBy(() -> planned(Optional.empty(), indicator("time", "1", "1", true),
                indicator("Time", "1", "1", false))).hasMessageContaining("validation.efficiency.indicator-twice");
    }

    @Test
    void a_benchmark_is_reached_in_its_direction() {
        var benchmark = new Benchmark(BenchmarkId.random(), "fastest order processing", MetricUnit.HOURS,
                LOWER_IS_BETTER, new BigDecimal("2.5"), List.of("East team", "East team", "Logistics"),
                TODAY, 0);

        assertThat(benchmark.holders()).containsExactly("East team", "Logistics");
        assertThat(benchmark.isReachedBy(new BigDecimal("2.5"))).isTrue();
        assertThat(benchmark.isReachedBy(new BigDecimal("2.6"))).isFalse();
    }

    @Test
    void a_tool_without_a_value_after_go_live_neither_meets_nor_shows_an_improvement() {
        var crm = new ToolIntroduction(ToolIntroductionId.random(), "CRM", "follow-up time", LOWER_IS_BETTER,
                TODAY, new BigDecimal("10"), Optional.empty(), new Training(3, 25, ""), 0);

        assertThat(crm.improvement()).isEmpty();
        assertThat(crm.meetsExpectation()).isFalse();
        assertThat(crm.training().given()).isTrue();
    }
}
