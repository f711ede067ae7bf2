package dev.opscharter.application.efficiency.service;

import dev.opscharter.application.efficiency.EfficiencyFixture;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EfficiencySourceTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);

    final EfficiencyFixture fx = new EfficiencyFixture();
    final ProjectService service = fx.projectService();
    final EfficiencySource source = fx.source();

    OptimizationProjectId landed(String title, LocalDate on, String baseline, String after, boolean core) {
        var id = service.plan(RequestKey.fresh(), new ProjectDraft(title, "manager", Optional.empty(), List.of(
                EfficiencyIndicator.typed("time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER, core,
                        Optional.of(new BigDecimal(baseline)), Optional.of(new BigDecimal(after))))));
        service.start(id, fx.projects.byId(id).orElseThrow().version());
        service.accept(id, fx.projects.byId(id).orElseThrow().version(), on, "report.pdf", "%PDF-1.4".getBytes());
        return id;
    }

    static BigDecimal figure(Optional<dev.opscharter.domain.appraisal.PartValue> value) {
        return ((Measurement.Amount) value.orElseThrow().measurement()).value();
    }

    @Test
    void without_any_project_both_parts_are_left_to_hand_entry() {
        assertThat(source.leavesGapsToHandEntry()).isTrue();
        assertThat(source.valueOf(Part.EFFICIENCY_IMPROVEMENT_RATE, Q1, ZONE)).isEmpty();
        assertThat(source.valueOf(Part.OPTIMIZATION_PROJECTS_LANDED, Q1, ZONE)).isEmpty();
    }

    @Test
    void the_improvement_is_the_mean_of_the_projects_landed_in_the_period_each_weighing_the_same() {
        landed("A", LocalDate.of(2026, 1, 10), "10", "8", true);    // 20 %
        landed("B", LocalDate.of(2026, 3, 31), "10", "7", true);    // 30 %
        landed("C", LocalDate.of(2026, 4, 1), "10", "9", true);     // 10 %, the next quarter
        landed("D", LocalDate.of(2026, 2, 1), "10", "1", false);    // no core indicator: not counted

        var q1 = source.valueOf(Part.EFFICIENCY_IMPROVEMENT_RATE, Q1, ZONE);
        assertThat(figure(q1)).isEqualByComparingTo("25.0");
        var provenance = (Provenance.FromRecords) q1.orElseThrow().provenance();
        assertThat(provenance.source()).isEqualTo(EfficiencySource.SOURCE);
        assertThat(provenance.evidence()).extracting(Provenance.Evidence::label).containsExactly("A", "B");
        assertThat(provenance.evidence().getFirst().link()).contains(EfficiencySource.PROJECTS_ROUTE);
        assertThat(figure(source.valueOf(Part.EFFICIENCY_IMPROVEMENT_RATE, new Period.Year(2026), ZONE)))
                .isEqualByComparingTo("20.0");
    }

    @Test
    void the_projects_landed_count_per_quarter_and_a_quarter_without_a_landing_counts_zero() {
        landed("A", LocalDate.of(2026, 1, 10), "10", "8", true);
        landed("D", LocalDate.of(2026, 2, 1), "10", "1", false);

        assertThat(figure(source.valueOf(Part.OPTIMIZATION_PROJECTS_LANDED, Q1, ZONE))).isEqualByComparingTo("2");
        // created before the end of Q2 (the clock is in May 2026): Q2 counts 0
        assertThat(figure(source.valueOf(Part.OPTIMIZATION_PROJECTS_LANDED, Q2, ZONE))).isEqualByComparingTo("0");
        // but not a quarter that ended before anyone kept projects here
        assertThat(source.valueOf(Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), ZONE)).isEmpty();
        assertThat(source.valueOf(Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Year(2026), ZONE)).isEmpty();
    }
}
