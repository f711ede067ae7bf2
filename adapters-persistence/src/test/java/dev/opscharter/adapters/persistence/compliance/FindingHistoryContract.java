package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.application.compliance.port.out.FindingHistory.Finding;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link FindingHistory} does, the in-memory fake as much as the history read from the
 * check results in PostgreSQL: rectification asks it whether a deviation recurred in a period.
 */
abstract class FindingHistoryContract {

    /** Later than the runs of other tests sharing the database, so "the latest" is one of ours. */
    static final Instant LATE = Instant.parse("2090-01-01T00:00:00Z");

    protected abstract FindingHistory history();

    /**
     * A check of the period and scope (every process when empty) completed a run at {@code at}, with
     * these deviations per process; a check of the same period and scope that completed before is run
     * again (its findings replaced). Returns the check's id.
     */
    protected abstract UUID completed(Period period, Optional<String> scope, Map<String, List<StepTally>> tallies,
                                      Instant at);

    /** A check of the period and scope that was queued, and whose run then failed, never completing. */
    protected abstract void failedWithoutCompleting(Period period, Optional<String> scope);

    /** The completed check of the period and scope is queued again and its new run fails. */
    protected abstract void runAgainAndFail(Period period, Optional<String> scope);

    static String freshProcess() {
        return ComplianceChecksContract.freshProcess().value();
    }

    /** Years only checks of every process use: such a check covers every process, a fresh one too. */
    private static final int EVERY_PROCESS_YEARS = 10;

    /** A quarter no check of every process is made in, so only the test's own checks cover its process. */
    static Period.Quarter someQuarter() {
        var random = ThreadLocalRandom.current();
        return new Period.Quarter(Period.MIN_YEAR + random.nextInt(Period.MAX_YEAR - Period.MIN_YEAR + 1 - EVERY_PROCESS_YEARS),
                1 + random.nextInt(4));
    }

    static Period.Quarter everyProcessQuarter() {
        var random = ThreadLocalRandom.current();
        return new Period.Quarter(Period.MAX_YEAR - random.nextInt(EVERY_PROCESS_YEARS), 1 + random.nextInt(4));
    }

    static List<StepTally> tallies() {
        return List.of(new StepTally("S1", DeviationType.WRONG_ROLE, 4), new StepTally("S2", DeviationType.STEP_LATE, 2),
                new StepTally("", DeviationType.CASE_LATE, 1));
    }

    @Test
    void a_period_no_check_completed_has_no_history() {
        var process = freshProcess();
        var quarter = someQuarter();
        failedWithoutCompleting(quarter, Optional.of(process));

        assertThat(history().latestCheck(quarter, process)).isEmpty();
        assertThat(history().latestCheck(quarter.next(), freshProcess())).isEmpty();
    }

    @Test
    void the_findings_are_the_process_deviations_by_type_and_step_of_the_check_and_period() {
        var process = freshProcess();
        var quarter = someQuarter();
        var id = completed(quarter, Optional.of(process), Map.of(process, tallies()), LATE);

        var check = history().latestCheck(quarter, process).orElseThrow();

        assertThat(check.checkId()).isEqualTo(id);
        assertThat(check.periodKey()).isEqualTo(quarter.key());
        assertThat(check.findings())
                .extracting(f -> f.ref().checkId(), f -> f.ref().periodKey(), f -> f.ref().processCode(),
                        f -> f.ref().type(), f -> f.ref().step(), Finding::cases)
                .containsExactlyInAnyOrder(
                        tuple(id, quarter.key(), process, DeviationType.WRONG_ROLE, "S1", 4L),
                        tuple(id, quarter.key(), process, DeviationType.STEP_LATE, "S2", 2L),
                        tuple(id, quarter.key(), process, DeviationType.CASE_LATE, null, 1L));
        assertThat(check.findings()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
    }

    @Test
    void a_check_that_found_nothing_for_the_process_has_no_findings_but_is_a_check() {
        var process = freshProcess();
        var quarter = someQuarter();
        var id = completed(quarter, Optional.of(process), Map.of(process, List.of()), LATE);

        assertThat(history().latestCheck(quarter, process)).hasValueSatisfying(check -> {
            assertThat(check.checkId()).isEqualTo(id);
            assertThat(check.findings()).isEmpty();
        });
    }

    @Test
    void a_check_of_every_process_covers_each_and_gives_each_only_its_own_findings() {
        var one = freshProcess();
        var other = freshProcess();
        var quarter = everyProcessQuarter();
        var id = completed(quarter, Optional.empty(), Map.of(one, tallies(),
                other, List.of(new StepTally("S9", DeviationType.STEP_SKIPPED, 3))), LATE.plusSeconds(3600));

        assertThat(history().latestCheck(quarter, other)).hasValueSatisfying(check -> {
            assertThat(check.checkId()).isEqualTo(id);
            assertThat(check.findings()).extracting(f -> f.ref().processCode(), f -> f.ref().step())
                    .containsExactly(tuple(other, "S9"));
        });
        assertThat(history().latestCheck(quarter, one).orElseThrow().findings()).hasSize(3);
    }

    @Test
    void a_check_of_another_process_or_another_period_does_not_cover_the_process() {
        var process = freshProcess();
        var other = freshProcess();
        var quarter = someQuarter();
        completed(quarter, Optional.of(other), Map.of(other, tallies()), LATE);
        completed(quarter.asYear(), Optional.of(process), Map.of(process, tallies()), LATE);

        assertThat(history().latestCheck(quarter, process)).isEmpty();
        assertThat(history().latestCheck(quarter.asYear(), process)).isPresent();
    }

    @Test
    void of_two_checks_covering_the_process_the_latest_run_answers() {
        var process = freshProcess();
        var quarter = everyProcessQuarter();
        var own = completed(quarter, Optional.of(process), Map.of(process, tallies()), LATE.plusSeconds(7200));
        var everyProcess = completed(quarter, Optional.empty(), Map.of(process, List.of()), LATE.plusSeconds(60));

        assertThat(history().latestCheck(quarter, process)).hasValueSatisfying(check -> {
            assertThat(check.checkId()).isEqualTo(own);
            assertThat(check.findings()).hasSize(3);
        });

        var again = completed(quarter, Optional.empty(), Map.of(process, List.of()), LATE.plusSeconds(9000));
        assertThat(again).as("the same check, run again").isEqualTo(everyProcess);
        assertThat(history().latestCheck(quarter, process)).hasValueSatisfying(check -> {
            assertThat(check.checkId()).isEqualTo(everyProcess);
            assertThat(check.findings()).isEmpty();
        });
    }

    @Test
    void a_check_run_again_answers_with_its_latest_results() {
        var process = freshProcess();
        var quarter = someQuarter();
        var id = completed(quarter, Optional.of(process), Map.of(process, tallies()), LATE);
        completed(quarter, Optional.of(process), Map.of(process, List.of(new StepTally("S1", DeviationType.WRONG_ROLE, 1))),
                LATE.plusSeconds(60));

        assertThat(history().latestCheck(quarter, process).orElseThrow().findings())
                .extracting(f -> f.ref().checkId(), f -> f.ref().type(), Finding::cases)
                .containsExactly(tuple(id, DeviationType.WRONG_ROLE, 1L));
    }

    /** Its completed results stand while it runs again, and after that run failed (the check page shows them). */
    @Test
    void a_completed_check_keeps_its_findings_when_a_later_run_of_it_fails() {
        var process = freshProcess();
        var quarter = someQuarter();
        var id = completed(quarter, Optional.of(process), Map.of(process, tallies()), LATE);

        runAgainAndFail(quarter, Optional.of(process));

        assertThat(history().latestCheck(quarter, process)).hasValueSatisfying(check -> {
            assertThat(check.checkId()).isEqualTo(id);
            assertThat(check.findings()).hasSize(3);
        });
    }

    @Test
    void asking_twice_answers_the_same() {
        var process = freshProcess();
        var quarter = new Period.Quarter(Period.MIN_YEAR + ThreadLocalRandom.current().nextInt(50), 2);
        completed(quarter, Optional.of(process), Map.of(process, tallies()), LATE);

        assertThat(history().latestCheck(quarter, process)).isEqualTo(history().latestCheck(quarter, process));
    }
}
