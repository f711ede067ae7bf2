package dev.opscharter.application.efficiency.service;

import dev.opscharter.application.efficiency.EfficiencyFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;
import dev.opscharter.domain.efficiency.Training;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkServiceTest {

    final EfficiencyFixture fx = new EfficiencyFixture();
    final BenchmarkService service = fx.benchmarkService();

    static Benchmark fastestOrders(String best) {
        return new Benchmark(BenchmarkId.random(), "fastest order processing", MetricUnit.HOURS,
                MetricDirection.LOWER_IS_BETTER, new BigDecimal(best), List.of("East team"),
                LocalDate.of(2026, 4, 1), 0);
    }

    @Test
    void a_benchmark_is_recorded_once_per_request_and_changed_on_the_version_seen() {
        var key = RequestKey.fresh();
        var benchmark = fastestOrders("3");
        var id = service.record(key, benchmark);
        assertThat(service.record(key, benchmark)).isEqualTo(id);
        assertThat(service.countBenchmarks()).isEqualTo(1);

        var stored = service.benchmark(id);
        service.update(new Benchmark(id, stored.indicator(), stored.unit(), stored.direction(),
                new BigDecimal("2.5"), List.of("East team", "Logistics"), stored.reachedOn(), stored.version()));

        assertThat(service.benchmarks(PageRequest.first(10))).singleElement()
                .satisfies(b -> assertThat(b.holders()).containsExactly("East team", "Logistics"));
        assertThatThrownBy(() -> service.update(stored)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_tool_is_kept_with_its_training_and_only_a_manager_records_it() {
        var crm = new ToolIntroduction(ToolIntroductionId.random(), "CRM", "follow-up time",
                MetricDirection.LOWER_IS_BETTER, LocalDate.of(2026, 3, 1), new BigDecimal("10"),
                Optional.of(new BigDecimal("7.5")), new Training(4, 36, "two rounds"), 0);
        var id = service.record(RequestKey.fresh(), crm);

        assertThat(service.tool(id).meetsExpectation()).isTrue();
        assertThat(service.tools(PageRequest.first(5))).extracting(ToolIntroduction::training)
                .containsExactly(new Training(4, 36, "two rounds"));
        fx.actAs(fx.specialist);
        assertThatThrownBy(() -> service.record(RequestKey.fresh(), crm)).isInstanceOf(AccessDenied.class);
        assertThat(service.countTools()).isEqualTo(1);
    }
}
