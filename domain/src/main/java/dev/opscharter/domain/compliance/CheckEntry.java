package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Interrupted;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check as the list shows it.
 *
 * @param process   empty: every process
 * @param overall   of the current results; empty before the first completed run
 * @param failure   why the latest run failed
 */
public record CheckEntry(CheckId id, Period period, Optional<ProcessCode> process, RunState state, boolean closed,
                         Optional<Rate> overall, Optional<Instant> lastRunAt, Optional<String> lastRunBy,
                         Optional<String> failure, Optional<Instant> closedAt, Optional<String> closedBy) {

    /**
     * Run again while no run is under way, close when {@link #closable()}: each only for whoever may,
     * and only while the check is open. A refused step is left out: the page follows a run by itself.
     */
    public List<Step<CheckStep>> allowedSteps(Actor actor) {
        var steps = new ArrayList<Step<CheckStep>>();
        if (actor.may(CompliancePermission.RUN_CHECK) && !closed && !busy()) {
            steps.add(Step.open(CheckStep.RUN_AGAIN));
        }
        if (actor.may(CompliancePermission.CLOSE_CHECK) && closable().isEmpty()) {
            steps.add(Step.open(CheckStep.CLOSE));
        }
        return List.copyOf(steps);
    }

    /**
     * Whether the check may be closed now: it has results, from a completed latest run or from the
     * run before one that was interrupted (its results still stand). A failed run's own refusal does not.
     */
    public Optional<Refusal> closable() {
        if (closed) {
            return Refusal.because("compliance.check.closed", label());
        }
        boolean interrupted = state == RunState.FAILED && failure.equals(Optional.of(Interrupted.REASON));
        return overall.isEmpty() || (state != RunState.DONE && !interrupted)
                ? Refusal.because("compliance.check.nothing-to-close", label()) : Optional.empty();
    }

    /** Queued or running: a run is under way. */
    public boolean busy() {
        return state == RunState.QUEUED || state == RunState.RUNNING;
    }

    /** "2026-Q2 ORDER_FULFILMENT", or "2026-Q2 *" for every process: how refusals name the check. */
    public String label() {
        return period.key() + " " + process.map(ProcessCode::value).orElse("*");
    }
}
