package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;
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

    /**
     * Runs the check of the period (and process, if given) now, in the caller's thread — the
     * background job and tests — creating the check on its first run. Refused while another run of
     * the same check is under way, or when the check is closed.
     *
     * @param process empty: every process with cases in the period, and every process of the manual
     */
    CheckId run(Period period, Optional<ProcessCode> process);

    /** Runs an existing check again now, in the caller's thread (the job a {@link #start} queued). */
    void rerun(CheckId check);

    /**
     * Queues a run in the background (the "Run check" button): the check exists at once with the
     * state {@code QUEUED}, then shows {@code RUNNING}, {@code DONE} or {@code FAILED}.
     */
    CheckId start(Period period, Optional<ProcessCode> process);

    /**
     * Freezes the check's results: no run replaces them any more. Its inspection report is written and
     * kept with it in the same transaction (see {@link InspectionReports}). OPS_MANAGER only.
     */
    void close(CheckId check);
}
