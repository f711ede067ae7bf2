package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Interrupted;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckEntryStepsTest {

    private static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    private static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    private static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));
    private static final Optional<Rate> RESULTS = Optional.of(new Rate(9, 10));

    private static CheckEntry entry(RunState state, boolean closed, Optional<Rate> overall, Optional<String> failure) {
        return new CheckEntry(CheckId.random(), new Period.Quarter(2026, 2), Optional.of(new ProcessCode("ORDERS")),
                state, closed, overall, Optional.empty(), Optional.empty(), failure, Optional.empty(), Optional.empty());
    }

    private static java.util.List<CheckStep> open(CheckEntry entry, Actor actor) {
        return entry.allowedSteps(actor).stream().filter(Step::isOpen).map(Step::kind).toList();
    }

    @Test
    void a_completed_check_is_run_again_by_runners_and_closed_by_the_manager() {
        var done = entry(RunState.DONE, false, RESULTS, Optional.empty());
        assertThat(open(done, MANAGER)).containsExactly(CheckStep.RUN_AGAIN, CheckStep.CLOSE);
        assertThat(open(done, SPECIALIST)).containsExactly(CheckStep.RUN_AGAIN);
        assertThat(open(done, DIRECTOR)).isEmpty();
        assertThat(open(done, Actor.ANONYMOUS)).isEmpty();
    }

    @Test
    void a_check_whose_last_run_was_interrupted_closes_on_the_results_before_it() {
        var interrupted = entry(RunState.FAILED, false, RESULTS, Optional.of(Interrupted.REASON));
        assertThat(interrupted.closable()).isEmpty();
        assertThat(open(interrupted, MANAGER)).containsExactly(CheckStep.RUN_AGAIN, CheckStep.CLOSE);
    }

    @Test
    void a_failed_run_or_one_without_results_has_nothing_to_close() {
        var failed = entry(RunState.FAILED, false, RESULTS, Optional.of("boom"));
        var empty = entry(RunState.FAILED, false, Optional.empty(), Optional.of(Interrupted.REASON));
        assertThat(failed.closable()).contains(Refusal.of("compliance.check.nothing-to-close", "2026-Q2 ORDERS"));
        assertThat(empty.closable()).map(Refusal::messageKey).contains("compliance.check.nothing-to-close");
        assertThat(open(failed, MANAGER)).containsExactly(CheckStep.RUN_AGAIN);
    }

    @ParameterizedTest
    @EnumSource(value = RunState.class, names = {"QUEUED", "RUNNING"})
    void while_a_run_is_under_way_nothing_is_offered(RunState state) {
        assertThat(entry(state, false, RESULTS, Optional.empty()).allowedSteps(MANAGER)).isEmpty();
    }

    @Test
    void a_closed_check_offers_nothing_and_says_so_when_closed_again() {
        var closed = entry(RunState.DONE, true, RESULTS, Optional.empty());
        assertThat(closed.allowedSteps(MANAGER)).isEmpty();
        assertThat(closed.closable()).contains(Refusal.of("compliance.check.closed", "2026-Q2 ORDERS"));
    }
}
