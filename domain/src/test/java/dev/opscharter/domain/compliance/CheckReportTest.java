package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CheckReportTest {

    private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    private static final CheckEntry CHECK = new CheckEntry(CheckId.random(), new Period.Quarter(2026, 1),
            Optional.empty(), RunState.DONE, false, Optional.empty(), Optional.of(AT), Optional.of("system"),
            Optional.empty(), Optional.empty(), Optional.empty());
    private static final RunInfo RUN = new RunInfo(UUID.randomUUID(), AT, AT, AT, "system", 10);

    private static ProcessResult process(String code, Rate rate, TypeTally... byType) {
        return new ProcessResult(code, Optional.empty(), rate, 10, 0, List.of(byType), List.of());
    }

    private static CheckReport of(ProcessResult... processes) {
        return CheckReport.of(CHECK, RUN, List.of(processes), List.of(), List.of());
    }

    @Test
    void the_overall_rate_sums_the_cases_of_every_process() {
        var report = of(process("A", new Rate(3, 4)), process("B", new Rate(5, 10)));

        assertThat(report.overall()).isEqualTo(new Rate(8, 14));
    }

    @Test
    void without_processes_there_is_no_overall_rate() {
        var report = of();

        assertThat(report.overall()).isEqualTo(Rate.NONE);
        assertThat(report.overall().defined()).isFalse();
        assertThat(report.byType()).isEmpty();
    }

    @Test
    void deviations_by_type_are_summed_over_the_processes_in_the_order_of_the_rules() {
        var report = of(
                process("A", new Rate(1, 4),
                        new TypeTally(DeviationType.STEP_LATE, 2, 1),
                        new TypeTally(DeviationType.STEP_SKIPPED, 3, 2)),
                process("B", new Rate(0, 2),
                        new TypeTally(DeviationType.STEP_LATE, 5, 2),
                        new TypeTally(DeviationType.WRONG_ROLE, 1, 1)));

        assertThat(report.byType()).containsExactly(
                new TypeTally(DeviationType.STEP_SKIPPED, 3, 2),
                new TypeTally(DeviationType.WRONG_ROLE, 1, 1),
                new TypeTally(DeviationType.STEP_LATE, 7, 3));
    }

    @Test
    void a_type_without_deviations_is_left_out() {
        var report = of(process("A", new Rate(2, 2), new TypeTally(DeviationType.CASE_LATE, 0, 0)));

        assertThat(report.byType()).isEmpty();
    }

    @Test
    void renaming_the_processes_keeps_the_overall_figures() {
        var report = of(process("A", new Rate(1, 2), new TypeTally(DeviationType.OUT_OF_ORDER, 1, 1)));
        var named = report.processes().getFirst().named(Optional.empty());

        var renamed = report.withProcesses(List.of(named));

        assertThat(renamed.overall()).isEqualTo(report.overall());
        assertThat(renamed.byType()).isEqualTo(report.byType());
    }
}
