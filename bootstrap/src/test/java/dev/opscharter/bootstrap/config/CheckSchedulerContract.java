package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.domain.compliance.CheckId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CheckScheduler} does, the recording fake as much as JobRunr on PostgreSQL: a
 * queued run is known, with who asked for it, until the background has run it. Whether a second
 * request for a check already queued is refused is the use case's rule (under the check's lock), not
 * the scheduler's: each request is queued.
 */
abstract class CheckSchedulerContract {

    protected abstract CheckScheduler scheduler();

    /** The background picked up the check's queued runs and is running them now. */
    protected abstract void startRunning(CheckId check);

    /** The background ran the check's queued runs to the end. */
    protected abstract void finishRuns(CheckId check);

    @Test
    void a_check_nobody_asked_for_has_no_requester() {
        assertThat(scheduler().requestedBy(CheckId.random())).isEmpty();
    }

    @Test
    void a_queued_run_names_who_asked_for_it_exactly_and_only_for_its_check() {
        var check = CheckId.random();
        scheduler().enqueue(check, "王运营 (ops) \"x\"");

        assertThat(scheduler().requestedBy(check)).contains("王运营 (ops) \"x\"");
        assertThat(scheduler().requestedBy(CheckId.random())).isEmpty();
    }

    @Test
    void a_run_keeps_its_requester_while_it_runs_and_loses_it_once_it_ran() {
        var check = CheckId.random();
        scheduler().enqueue(check, "specialist");

        startRunning(check);
        assertThat(scheduler().requestedBy(check)).as("running").contains("specialist");

        finishRuns(check);
        assertThat(scheduler().requestedBy(check)).as("ran").isEmpty();

        scheduler().enqueue(check, "manager");
        assertThat(scheduler().requestedBy(check)).as("queued again").contains("manager");
    }

    @Test
    void of_two_requests_waiting_for_a_check_the_latest_names_its_requester() {
        var check = CheckId.random();
        scheduler().enqueue(check, "specialist");
        scheduler().enqueue(check, "manager");

        assertThat(scheduler().requestedBy(check)).contains("manager");
    }

    @Test
    void the_requests_for_many_checks_do_not_mix() {
        var checks = new ArrayList<CheckId>();
        for (int i = 0; i < 12; i++) {
            var check = CheckId.random();
            checks.add(check);
            scheduler().enqueue(check, "user-" + i);
        }
        finishRuns(checks.get(3));

        var named = checks.stream().map(c -> scheduler().requestedBy(c).orElse("-")).toList();
        var expected = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            expected.add(i == 3 ? "-" : "user-" + i);
        }
        assertThat(named).isEqualTo(List.copyOf(expected));
    }
}
