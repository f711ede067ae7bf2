package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The compliance checks and their results. A check is one period and one scope (every process, or
 * one); its results are those of its current run. A new run is written beside the current one —
 * its deviating cases in batches as the check streams — and becomes current only through
 * {@link RunWriter#publish}, in the use case's transaction, which also drops the run it replaces.
 * Until then readers see the previous results; a run that never publishes leaves nothing visible.
 */
public interface ComplianceChecks {

    /** The check of the period and scope, created (state QUEUED, not closed) if there is none yet. */
    CheckEntry open(Period period, Optional<ProcessCode> process);

    /**
     * Queues a run of the check of the period and scope: creates the check QUEUED when there is none,
     * else sets it QUEUED (its failure cleared) unless it is QUEUED or RUNNING already, or closed — in
     * one step, so that of callers racing for the same check exactly one queues it.
     *
     * @return the check when this call queued it; empty when it was queued, running or closed already
     */
    Optional<CheckId> queue(Period period, Optional<ProcessCode> process);

    Optional<CheckEntry> byId(CheckId id);

    /**
     * Newest year first; within a year its quarters, newest first, then the year itself; every-process
     * checks before single-process ones.
     */
    List<CheckEntry> all();

    /**
     * A page of the checks the filter finds, sorted by the page's keys ({@code period}, {@code state}),
     * then in the order of {@link #all()}.
     */
    List<CheckEntry> page(CheckFilter filter, PageRequest page);

    long count(CheckFilter filter);

    /** Records the run state (and why it failed); the results stay as they are. */
    void changeState(CheckId id, RunState state, Optional<String> failure);

    /** A run begins on this instance: state RUNNING, no failure, its first heartbeat. */
    void markRunning(CheckId id, String instance, Instant at);

    /** The run under way is still alive. */
    void heartbeat(CheckId id, Instant at);

    /** The checks marked RUNNING, with their latest heartbeat (none before heartbeats were written). */
    List<RunningCheck> running();

    record RunningCheck(CheckId id, Optional<Instant> heartbeatAt, Optional<String> instance) {
    }

    void close(CheckId id, String closedBy, Instant closedAt);

    /** A new run of an open check; nothing of it is visible before {@link RunWriter#publish}. */
    RunWriter beginRun(CheckId id, RunInfo run);

    /** The current results with the check as it is now (process names are left empty). */
    Optional<CheckReport> report(CheckId id);

    /** A deviating case of the current run with every deviation: for small cases only (tests, tools). */
    Optional<CaseResult> deviatingCase(CheckId id, String processCode, String caseId);

    /**
     * What a deviating case of the current run was judged against and how many deviations it has, read
     * from the head of its stored entry: not one of its deviations is read.
     */
    Optional<StoredCase> storedCase(CheckId id, String processCode, String caseId);

    /**
     * Some deviations of a deviating case of the current run, in the order the check found them: of
     * those at a time within {@code at} (all, when empty), {@code limit} from {@code offset} on. A case
     * may have a million; only the page is held.
     */
    List<Deviation> deviations(CheckId id, String processCode, String caseId, Optional<TimeSpan> at, long offset,
                               int limit);

    /** The deviating cases of one process in the current run, in the order the check met them (by first event). */
    List<CaseSummary> deviatingCases(CheckId id, String processCode, int offset, int limit);

    /** @param version the process version the case was judged against */
    record StoredCase(int version, int deviations) {
    }

    /** From and to, both included. */
    record TimeSpan(Instant from, Instant to) {

        /** A deviation without a time (a skipped step) is at no time. */
        public boolean holds(@Nullable Instant at) {
            return at != null && !at.isBefore(from) && !at.isAfter(to);
        }
    }

    /**
     * Writes one run. The store may write in the background: {@link #close()} — always, before the
     * transaction ends, whether or not the run was published — waits for it and reports a failure.
     */
    interface RunWriter extends AutoCloseable {

        /** Adds deviating cases (a batch; call as often as needed), in the order the check met them. */
        void add(List<CaseResult> deviatingCases);

        @Override
        void close();

        /**
         * Stores the run's aggregates and makes it the check's current run (state DONE), dropping the
         * one it replaces.
         */
        void publish(List<ProcessResult> processes, List<UnknownProcess> unknownProcesses,
                     List<CaseSummary> worstCases, long events, Instant finishedAt);
    }
}
