package dev.opscharter.application.compliance.port.in;

import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.shared.Period;

import java.util.Optional;

/**
 * The quarterly process compliance check (流程合规性检查) of SPEC §4: every case whose first event
 * falls in the period, judged against the process version in force at that moment. A check is one
 * period and either every process or one; running it again replaces its results as a whole until
 * it is closed, after which it never changes. OPS_MANAGER and OPS_SPECIALIST run checks; only
 * OPS_MANAGER closes them.
 */
public interface RunComplianceCheck {

    /** Why a queued run did not run: the user who queued it lost the right to run checks meanwhile. */
    String REFUSED = "refused: the user who started it may no longer run compliance checks";

    /**
     * Runs the check of the period (and process, if given) now, in the caller's thread — the
     * background job and tests — creating the check on its first run. Refused while another run of
     * the same check is under way, or when the check is closed.
     *
     * @param process empty: every process with cases in the period, and every process of the manual
     */
    CheckId run(Period period, Optional<ProcessCode> process);

    /** Runs an existing check again now, in the caller's thread. */
    void rerun(CheckId check);

    /**
     * The background run a {@link #start} queued, acting as the user who started it: when they may
     * no longer run checks (roles read again now), the queued check fails with that reason and
     * nothing runs. A run of the same check that was interrupted (its instance died) is marked
     * FAILED and this one runs; one still under way elsewhere makes this one refuse.
     */
    void runQueued(CheckId check);

    /**
     * Queues a run in the background (the "Run check" button): the check exists at once with the
     * state {@code QUEUED}, then shows {@code RUNNING}, {@code DONE} or {@code FAILED}. Safe to click
     * twice, also at the same moment: a check already QUEUED or RUNNING is left as it is, nothing more
     * is queued, and its id is returned. A check left RUNNING by an interrupted run is marked FAILED
     * first and queued again.
     */
    CheckId start(Period period, Optional<ProcessCode> process);

    /**
     * Freezes the check's results: no run replaces them any more. Possible once a run completed and
     * none is under way (a run that was interrupted left the results before it as they were). Its inspection report is written and
     * kept with it in the same transaction (see {@link InspectionReports}). OPS_MANAGER only.
     */
    void close(CheckId check);
}
