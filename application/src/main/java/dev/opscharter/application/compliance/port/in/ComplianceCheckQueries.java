package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.compliance.CaseEvent;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.CheckStep;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.shared.BilingualName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The compliance checks and their results, for the operations team and internal audit: the list of
 * checks, a check's report (rates, deviations by type and by step, worst cases, unknown processes)
 * and one case with its events and deviations.
 */
public interface ComplianceCheckQueries {

    /** Newest period first: for jobs and tools; a list of checks pages with {@link #page}. */
    List<CheckEntry> checks();

    /**
     * A page of the checks the filter finds, sorted in the database by the page's keys ({@code period},
     * {@code state}), then newest period first.
     */
    List<CheckEntry> page(CheckFilter filter, PageRequest page);

    long count(CheckFilter filter);

    Optional<CheckEntry> check(CheckId id);

    /** The check as stored now, with what the signed-in user may do next to it (run again, close). */
    WithSteps<CheckEntry, CheckStep> detail(CheckId id);

    /** The results of the check's latest completed run; empty before its first run completed. */
    Optional<CheckReport> report(CheckId id);

    /**
     * A case of the check with how many events it holds and how many deviations the check found (none
     * when it complied); empty when the check's current run did not evaluate such a case. Its events
     * and deviations are read a page at a time: a case may hold a million of each.
     */
    Optional<CaseDetail> caseDetail(CheckId id, String processCode, String caseId);

    /**
     * A page of the case's events in recorded order, each with the time since the event before it and
     * the deviations found at it (at most {@value #DEVIATIONS_PER_TIMELINE_PAGE} on one page).
     */
    List<TimelineEntry> caseTimeline(CheckId id, String processCode, String caseId, PageRequest page);

    /** A page of the deviations the check found in the case, in the order it found them. */
    List<Deviation> caseDeviations(CheckId id, String processCode, String caseId, PageRequest page);

    int DEVIATIONS_PER_TIMELINE_PAGE = 4 * PageRequest.MAX_LIMIT;

    /**
     * The deviating cases of one process of the check, a page at a time, in the order the check met
     * them (by first event, then case id); the worst cases are in the report.
     */
    List<CaseSummary> deviatingCases(CheckId id, String processCode, int offset, int limit);

    /** The processes of the manual, for choosing one to check. */
    List<ProcessChoice> processes();

    /**
     * @param version the process version the case was judged against, as the manual defines it
     */
    record CaseDetail(CheckEntry check, String processCode, Optional<BilingualName> processName, String caseId,
                      Optional<ProcessVersion> version, int events, int deviations) {
    }

    /**
     * One event of a case's timeline.
     *
     * @param sincePrevious empty for the case's first event
     * @param deviations    those at this occurrence (its time, its step and, where one is named, its role)
     */
    record TimelineEntry(CaseEvent event, Optional<Duration> sincePrevious, List<Deviation> deviations) {

        public TimelineEntry {
            deviations = List.copyOf(deviations);
        }
    }

    record ProcessChoice(ProcessCode code, BilingualName name) {
    }
}
