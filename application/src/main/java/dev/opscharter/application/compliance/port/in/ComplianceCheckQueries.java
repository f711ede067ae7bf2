package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CaseEvent;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The compliance checks and their results, for the operations team and internal audit: the list of
 * checks, a check's report (rates, deviations by type and by step, worst cases, unknown processes)
 * and one case with its events and deviations.
 */
public interface ComplianceCheckQueries {

    /** Newest period first. */
    List<CheckEntry> checks();

    Optional<CheckEntry> check(CheckId id);

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

    record CheckId(UUID value) {

        public CheckId {
            Objects.requireNonNull(value);
        }

        public static CheckId random() {
            return new CheckId(UUID.randomUUID());
        }

        public static CheckId parse(String text) {
            return new CheckId(UUID.fromString(text));
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    enum RunState {
        /** Asked for, waiting for the background job. */
        QUEUED,
        RUNNING,
        /** The latest run completed; its results are the check's. */
        DONE,
        /** The latest run failed; the results of the run before it (if any) still stand. */
        FAILED
    }

    /** The compliance rate: cases with no deviation ÷ cases evaluated; no cases, no rate (not 100 %). */
    record Rate(long compliant, long evaluated) {

        public Rate {
            if (compliant < 0 || evaluated < 0 || compliant > evaluated) {
                throw new IllegalArgumentException("rate " + compliant + "/" + evaluated);
            }
        }

        public static final Rate NONE = new Rate(0, 0);

        public boolean defined() {
            return evaluated > 0;
        }

        /** 0.953 for 95.3 %; empty without cases. */
        public OptionalDouble fraction() {
            return evaluated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) compliant / evaluated);
        }

        public Rate plus(Rate other) {
            return new Rate(compliant + other.compliant, evaluated + other.evaluated);
        }
    }

    /**
     * A check as the list shows it.
     *
     * @param process   empty: every process
     * @param overall   of the current results; empty before the first completed run
     * @param failure   why the latest run failed
     */
    record CheckEntry(CheckId id, Period period, Optional<ProcessCode> process, RunState state, boolean closed,
                      Optional<Rate> overall, Optional<Instant> lastRunAt, Optional<String> lastRunBy,
                      Optional<String> failure, Optional<Instant> closedAt, Optional<String> closedBy) {
    }

    /** Deviations of one type: how many, and in how many cases. */
    record TypeTally(DeviationType type, long deviations, long cases) {
    }

    /** Deviations of one type at one step. */
    /** @param stepCode empty for the case as a whole (an unfinished case that is late) */
    record StepTally(String stepCode, DeviationType type, long deviations) {
    }

    /**
     * One process of the check.
     *
     * @param name           from the manual, as it is now
     * @param rate           over the cases judged
     * @param withoutVersion cases whose first event came before any version of the process was in
     *                       force: reported, not judged
     */
    record ProcessResult(String processCode, Optional<BilingualName> name, Rate rate, long events,
                         long withoutVersion, List<TypeTally> byType, List<StepTally> byStep) {

        public ProcessResult {
            byType = List.copyOf(byType);
            byStep = List.copyOf(byStep);
        }

        public ProcessResult named(Optional<BilingualName> newName) {
            return new ProcessResult(processCode, newName, rate, events, withoutVersion, byType, byStep);
        }
    }

    /** Cases of a process the manual does not define: reported with their size, not judged. */
    record UnknownProcess(String processCode, long cases, long events) {
    }

    /**
     * One judged case in short.
     *
     * @param version the process version it was judged against
     */
    record CaseSummary(String processCode, String caseId, int version, Instant firstEvent, Instant lastEvent,
                       int events, int deviations, List<DeviationType> types) {

        public CaseSummary {
            types = List.copyOf(types);
        }

        public Duration span() {
            return Duration.between(firstEvent, lastEvent);
        }
    }

    /** A deviating case with what was wrong, as stored with the check. */
    record CaseResult(CaseSummary summary, List<Deviation> deviations) {

        public CaseResult {
            deviations = List.copyOf(deviations);
        }
    }

    /**
     * @param checkedAt the check time (unfinished cases are late when their limit passed by then)
     * @param startedBy who ran it ("system" for the quarterly job)
     */
    record RunInfo(UUID run, Instant startedAt, Instant checkedAt, Instant finishedAt, String startedBy,
                   long events) {
    }

    /**
     * @param overall    over the cases of every process judged
     * @param byType     over every process, in the order of the rules
     * @param worstCases most deviations first, then the longest
     */
    record CheckReport(CheckEntry check, RunInfo run, Rate overall, List<ProcessResult> processes,
                       List<TypeTally> byType, List<CaseSummary> worstCases, List<UnknownProcess> unknownProcesses) {

        public CheckReport {
            processes = List.copyOf(processes);
            byType = List.copyOf(byType);
            worstCases = List.copyOf(worstCases);
            unknownProcesses = List.copyOf(unknownProcesses);
        }

        /** The report with its overall figures summed from the processes. */
        public static CheckReport of(CheckEntry check, RunInfo run, List<ProcessResult> processes,
                                     List<CaseSummary> worstCases, List<UnknownProcess> unknownProcesses) {
            var overall = Rate.NONE;
            var deviations = new long[DeviationType.values().length];
            var cases = new long[DeviationType.values().length];
            for (var process : processes) {
                overall = overall.plus(process.rate());
                for (var tally : process.byType()) {
                    deviations[tally.type().ordinal()] += tally.deviations();
                    cases[tally.type().ordinal()] += tally.cases();
                }
            }
            var byType = new java.util.ArrayList<TypeTally>();
            for (var type : DeviationType.values()) {
                if (deviations[type.ordinal()] > 0) {
                    byType.add(new TypeTally(type, deviations[type.ordinal()], cases[type.ordinal()]));
                }
            }
            return new CheckReport(check, run, overall, processes, byType, worstCases, unknownProcesses);
        }

        public CheckReport withProcesses(List<ProcessResult> named) {
            return new CheckReport(check, run, overall, named, byType, worstCases, unknownProcesses);
        }
    }

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
