package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.efficiency.port.out.ToolIntroductions;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
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

/** What every {@link Benchmarks} and {@link ToolIntroductions} does; the stores may hold other tests' records. */
abstract class BenchmarksAndToolsContract {

    protected abstract Benchmarks benchmarks();

    protected abstract ToolIntroductions tools();

    static Benchmark benchmark(LocalDate reachedOn, String... holders) {
        return new Benchmark(BenchmarkId.random(), "fastest order processing", MetricUnit.HOURS,
                MetricDirection.LOWER_IS_BETTER, new BigDecimal("2.50"), List.of(holders), reachedOn, 0);
    }

    static ToolIntroduction tool(Optional<BigDecimal> after) {
        return new ToolIntroduction(ToolIntroductionId.random(), "CRM", "follow-up time",
                MetricDirection.LOWER_IS_BETTER, LocalDate.of(2026, 3, 1), new BigDecimal("10"), after,
                new Training(3, 42, "sales and service"), 0);
    }

    @Test
    void a_benchmark_keeps_its_holders_in_order_and_a_change_replaces_them() {
        long before = benchmarks().count();
        var saved = benchmarks().save(benchmark(LocalDate.of(2026, 4, 1), "East team", "Logistics"));
        assertThat(benchmarks().byId(saved.id())).contains(saved);
        assertThat(saved.version()).isEqualTo(1);

        var changed = benchmarks().save(new Benchmark(saved.id(), saved.indicator(), saved.unit(), saved.direction(),
                new BigDecimal("2"), List.of("West team"), saved.reachedOn(), saved.version()));

        assertThat(benchmarks().byId(saved.id())).contains(changed);
        assertThat(benchmarks().count()).isEqualTo(before + 1);
        assertThatThrownBy(() -> benchmarks().save(saved)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void benchmarks_come_the_latest_reached_first() {
        var older = benchmarks().save(benchmark(LocalDate.of(1990, 1, 1), "A"));
        var newer = benchmarks().save(benchmark(LocalDate.of(1990, 1, 2), "B"));

        var page = benchmarks().page(PageRequest.first(PageRequest.MAX_LIMIT));
        assertThat(page).containsSubsequence(newer, older);
    }

    @Test
    void a_tool_keeps_its_values_and_training_and_a_stale_version_is_refused() {
        var saved = tools().save(tool(Optional.empty()));
        assertThat(tools().byId(saved.id())).contains(saved);

        var measured = tools().save(new ToolIntroduction(saved.id(), saved.name(), saved.indicator(),
                saved.direction(), saved.goLive(), saved.baseline(), Optional.of(new BigDecimal("7.5")),
                saved.training(), saved.version()));

        assertThat(tools().byId(saved.id())).contains(measured);
        assertThat(tools().page(PageRequest.first(PageRequest.MAX_LIMIT))).contains(measured);
        assertThat(tools().count()).isPositive();
        assertThatThrownBy(() -> tools().save(saved)).isInstanceOf(ConcurrentModification.class);
    }
}
