package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Period;

import dev.opscharter.domain.compliance.Deviation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks in memory. A run's cases collect apart from the check and replace its results only on
 * publish, as the database adapter's do; {@link #runsStarted()} tells how many runs began.
 */
public final class InMemoryComplianceChecks implements ComplianceChecks {

    /** Most deviations, then the longest span, then by case id. */
    public static final Comparator<CaseSummary> WORST_FIRST = Comparator.comparingInt(CaseSummary::deviations)
            .thenComparing(CaseSummary::spanOrZero).reversed()
            .thenComparing(CaseSummary::processCode).thenComparing(CaseSummary::caseId);

    private final Map<CheckId, CheckEntry> checks = new ConcurrentHashMap<>();
    private final Map<CheckId, Results> current = new ConcurrentHashMap<>();
    private final Map<CheckId, RunningCheck> heartbeats = new ConcurrentHashMap<>();
    private int runsStarted;
    private int batches;

    private record Results(RunInfo run, List<ProcessResult> processes, List<UnknownProcess> unknown,
                           List<CaseSummary> worst, Map<String, CaseResult> cases) {
    }

    @Override
    public synchronized CheckEntry open(Period period, Optional<ProcessCode> process) {
        return checks.values().stream().filter(c -> c.period().equals(period) && c.process().equals(process))
                .findFirst().orElseGet(() -> {
                    var entry = new CheckEntry(CheckId.random(), period, process, RunState.QUEUED, false,
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty());
                    checks.put(entry.id(), entry);
                    return entry;
                });
    }

    @Override
    public synchronized Optional<CheckId> queue(Period period, Optional<ProcessCode> process) {
        var existing = checks.values().stream()
                .filter(c -> c.period().equals(period) && c.process().equals(process)).findFirst();
        if (existing.isEmpty()) {
            return Optional.of(open(period, process).id());
        }
        var check = existing.get();
        if (check.closed() || check.state() == RunState.QUEUED || check.state() == RunState.RUNNING) {
            return Optional.empty();
        }
        changeState(check.id(), RunState.QUEUED, Optional.empty());
        return Optional.of(check.id());
    }

    @Override
    public Optional<CheckEntry> byId(CheckId id) {
        return Optional.ofNullable(checks.get(id));
    }

    /** Newest period first (within a year its quarters, newest first, then the year), every process before one. */
    private static final Comparator<CheckEntry> OLDEST_PERIOD_FIRST = Comparator
            .comparingInt((CheckEntry c) -> c.period().year())
            .thenComparing(c -> !(c.period() instanceof Period.Year))
            .thenComparing(c -> c.period().firstDay());

    private static final Comparator<CheckEntry> NEWEST_FIRST = OLDEST_PERIOD_FIRST.reversed()
            .thenComparing(c -> c.process().map(ProcessCode::value).orElse(""));

    private static final Map<String, Comparator<CheckEntry>> SORT_KEYS = Map.of(
            "period", OLDEST_PERIOD_FIRST,
            "state", Comparator.comparing(c -> c.state().name()));

    @Override
    public List<CheckEntry> all() {
        return checks.values().stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public List<CheckEntry> page(CheckFilter filter, PageRequest page) {
        return InMemoryPage.of(checks.values().stream().filter(filter::matches), page, SORT_KEYS,
                NEWEST_FIRST.thenComparing(c -> c.id().value()));
    }

    @Override
    public long count(CheckFilter filter) {
        return checks.values().stream().filter(filter::matches).count();
    }

    @Override
    public synchronized void changeState(CheckId id, RunState state, Optional<String> failure) {
        var c = checks.get(id);
        checks.put(id, new CheckEntry(id, c.period(), c.process(), state, c.closed(), c.overall(), c.lastRunAt(),
                c.lastRunBy(), failure, c.closedAt(), c.closedBy()));
    }

    @Override
    public synchronized void markRunning(CheckId id, String instance, Instant at) {
        changeState(id, RunState.RUNNING, Optional.empty());
        heartbeats.put(id, new RunningCheck(id, Optional.of(at), Optional.of(instance)));
    }

    @Override
    public synchronized void heartbeat(CheckId id, Instant at) {
        var running = heartbeats.get(id);
        if (running != null && checks.get(id).state() == RunState.RUNNING) {
            heartbeats.put(id, new RunningCheck(id, Optional.of(at), running.instance()));
        }
    }

    @Override
    public synchronized List<RunningCheck> running() {
        return checks.values().stream().filter(c -> c.state() == RunState.RUNNING)
                .map(c -> heartbeats.getOrDefault(c.id(), new RunningCheck(c.id(), Optional.empty(), Optional.empty())))
                .toList();
    }

    @Override
    public synchronized void close(CheckId id, String closedBy, Instant closedAt) {
        var c = checks.get(id);
        checks.put(id, new CheckEntry(id, c.period(), c.process(), c.state(), true, c.overall(), c.lastRunAt(),
                c.lastRunBy(), c.failure(), Optional.of(closedAt), Optional.of(closedBy)));
    }

    @Override
    public synchronized RunWriter beginRun(CheckId id, RunInfo run) {
        runsStarted++;
        var cases = new LinkedHashMap<String, CaseResult>();
        return new RunWriter() {
            @Override
            public void add(List<CaseResult> deviatingCases) {
                batches++;
                deviatingCases.forEach(c -> cases.put(key(c.summary().processCode(), c.summary().caseId()), c));
            }

            @Override
            public void close() {
            }

            @Override
            public void publish(List<ProcessResult> processes, List<UnknownProcess> unknownProcesses,
                                List<CaseSummary> worstCases, long events, Instant finishedAt) {
                synchronized (InMemoryComplianceChecks.this) {
                    var finished = new RunInfo(run.run(), run.startedAt(), run.checkedAt(), finishedAt,
                            run.startedBy(), events);
                    current.put(id, new Results(finished, List.copyOf(processes), List.copyOf(unknownProcesses),
                            List.copyOf(worstCases), Collections.unmodifiableMap(new LinkedHashMap<>(cases))));
                    var c = checks.get(id);
                    var overall = CheckReport.of(c, finished, processes, worstCases, unknownProcesses).overall();
                    checks.put(id, new CheckEntry(id, c.period(), c.process(), RunState.DONE, c.closed(),
                            Optional.of(overall), Optional.of(run.startedAt()), Optional.of(run.startedBy()),
                            Optional.empty(), c.closedAt(), c.closedBy()));
                }
            }
        };
    }

    private static String key(String process, String caseId) {
        return process + "\u0000" + caseId;
    }

    @Override
    public Optional<CheckReport> report(CheckId id) {
        var results = current.get(id);
        if (results == null) {
            return Optional.empty();
        }
        return Optional.of(CheckReport.of(checks.get(id), results.run(), results.processes(), results.worst(),
                results.unknown()));
    }

    @Override
    public Optional<CaseResult> deviatingCase(CheckId id, String processCode, String caseId) {
        return Optional.ofNullable(current.get(id)).map(r -> r.cases().get(key(processCode, caseId)));
    }

    @Override
    public Optional<StoredCase> storedCase(CheckId id, String processCode, String caseId) {
        return deviatingCase(id, processCode, caseId)
                .map(c -> new StoredCase(c.summary().version(), c.summary().deviations()));
    }

    @Override
    public List<Deviation> deviations(CheckId id, String processCode, String caseId, Optional<TimeSpan> at,
                                      long offset, int limit) {
        return deviatingCase(id, processCode, caseId).map(CaseResult::deviations).orElse(List.of()).stream()
                .filter(d -> at.map(span -> span.holds(d.at())).orElse(true))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public List<CaseSummary> deviatingCases(CheckId id, String processCode, int offset, int limit) {
        var results = current.get(id);
        if (results == null) {
            return List.of();
        }
        return results.cases().values().stream().map(CaseResult::summary)
                .filter(s -> s.processCode().equals(processCode))
                .skip(offset).limit(limit).toList();
    }

    public int runsStarted() {
        return runsStarted;
    }

    /** How many batches of deviating cases were handed over, over all runs. */
    public int batches() {
        return batches;
    }

    public List<CaseResult> allDeviatingCases(CheckId id) {
        return Optional.ofNullable(current.get(id)).map(r -> new ArrayList<>(r.cases().values()))
                .map(List::copyOf).orElse(List.of());
    }
}
