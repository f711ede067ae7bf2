package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.RecoverInterruptedRuns;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.CheckStep;
import dev.opscharter.domain.compliance.ComplianceRules;
import dev.opscharter.domain.compliance.DeviatingCases;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.ProcessTally;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static dev.opscharter.domain.compliance.CompliancePermission.CLOSE_CHECK;
import static dev.opscharter.domain.compliance.CompliancePermission.READ;
import static dev.opscharter.domain.compliance.CompliancePermission.RUN_CHECK;

/**
 * The compliance check of SPEC §4 at the level of periods, and its results.
 * <ul>
 * <li>A case belongs to the period in which its first event falls (in the organization's time zone)
 *     and is judged by {@link ComplianceRules} against the process version in force at that moment.
 *     A case that started before any version was in force is counted and reported, not judged.</li>
 * <li>Cases of processes the manual does not define are reported (cases and events per process
 *     code), not dropped.</li>
 * <li>Compliance rate of a process = cases with no deviation ÷ cases evaluated; without cases there
 *     is no rate.</li>
 * </ul>
 * The check streams: per process it keeps counters, per-type and per-step tallies and the
 * {@value #WORST_CASES} worst cases in a bounded heap, and hands deviating cases to the store in
 * batches of at most {@value #BATCH}, one process at a time, as it goes, so memory does not grow
 * with the number of events. A run
 * is one transaction: its results replace the previous ones when it commits, and a run that fails
 * leaves them as they were. A lock per check keeps two runs of it apart, across instances.
 * <p>A run holds the lock for its whole duration and writes a heartbeat; a check left RUNNING whose
 * lock is free (or whose heartbeat stopped) was interrupted by a crash: it is marked FAILED
 * ({@link RunHeartbeat#INTERRUPTED}) by {@link #recoverInterrupted()} and whenever someone starts,
 * runs or closes it, so it never blocks anyone. Its uncommitted run left nothing behind.
 */
public final class ComplianceCheckService implements RunComplianceCheck, ComplianceCheckQueries,
        RecoverInterruptedRuns {

    static final String ENTITY = "ComplianceCheck";
    public static final int WORST_CASES = DeviatingCases.WORST;
    static final int BATCH = 2_000;
    /** How long a background run waits for the check's lock held by a short transaction (see lockWaiting). */
    static final Duration LOCK_PATIENCE = Duration.ofSeconds(15);

    private final ProcessManual manual;
    private final ExecutionRecords records;
    private final ComplianceChecks checks;
    private final CheckLocks locks;
    private final CheckScheduler scheduler;
    private final UseCase uc;
    /** A run spans several transactions (queue, mark running, evaluate, fail): it opens them itself. */
    private final Transactions transactions;
    private final InspectionReportService reports;
    private Duration lockPatience = LOCK_PATIENCE;
    private final RunHeartbeat heartbeat;

    /**
     * @param reports   keeps the inspection report with the check when it closes
     * @param heartbeat this instance's heartbeat of runs, and when a silent one counts as interrupted
     */
    public ComplianceCheckService(ProcessManual manual, ExecutionRecords records, ComplianceChecks checks,
                                  CheckLocks locks, CheckScheduler scheduler, UseCase uc,
                                  InspectionReportService reports, RunHeartbeat heartbeat) {
        this.manual = manual;
        this.records = records;
        this.checks = checks;
        this.locks = locks;
        this.scheduler = scheduler;
        this.uc = uc;
        this.transactions = uc.transactions();
        this.reports = reports;
        this.heartbeat = heartbeat;
    }

    // ---------------------------------------------------------------- commands

    @Override
    public CheckId run(Period period, Optional<ProcessCode> process) {
        var me = uc.require(RUN_CHECK);
        var check = transactions.inTransaction(() -> openForRun(period, process));
        execute(check.id(), me);
        return check.id();
    }

    @Override
    public void rerun(CheckId check) {
        var me = uc.require(RUN_CHECK);
        execute(check, me);
    }

    @Override
    public void runQueued(CheckId check) {
        var me = uc.actor();
        if (!me.may(RUN_CHECK)) {
            transactions.run(() -> checks.byId(check).filter(c -> c.state() == RunState.QUEUED)
                    .ifPresent(c -> checks.changeState(check, RunState.FAILED, Optional.of(REFUSED))));
            uc.require(RUN_CHECK);
        }
        execute(check, me);
    }

    /**
     * Safe to click twice: the store queues the check for one caller only (see {@link ComplianceChecks#queue}),
     * and only that caller enqueues a job; a check already queued or running is left as it is.
     */
    @Override
    public CheckId start(Period period, Optional<ProcessCode> process) {
        var me = uc.require(RUN_CHECK);
        refuseNotBegun(period);
        var queued = transactions.inTransaction(() -> checks.queue(period, process));
        if (queued.isEmpty()) {
            var check = transactions.inTransaction(() -> openForRun(period, process));
            if (check.state() != RunState.RUNNING || !failedInterrupted(check.id())) {
                return check.id();
            }
            queued = transactions.inTransaction(() -> checks.queue(period, process));
            if (queued.isEmpty()) {
                return check.id();
            }
        }
        enqueue(queued.get(), me);
        return queued.get();
    }

    /**
     * Whether the check marked RUNNING was interrupted, and is now FAILED: its lock is free. A run under
     * way holds it; then nothing changes.
     */
    private boolean failedInterrupted(CheckId id) {
        var lease = locks.tryLock(id);
        if (lease.isEmpty()) {
            return false;
        }
        try (var held = lease.get()) {
            return transactions.inTransaction(() -> failIfRunning(id).state() == RunState.FAILED);
        }
    }

    /** A check queued without its job would stay QUEUED for good: it fails with the reason instead. */
    private void enqueue(CheckId id, Actor me) {
        try {
            scheduler.enqueue(id, me.name());
        } catch (RuntimeException e) {
            transactions.run(() -> checks.byId(id).filter(c -> c.state() == RunState.QUEUED)
                    .ifPresent(c -> checks.changeState(id, RunState.FAILED, Optional.of(describe(e)))));
            throw e;
        }
    }

    @Override
    public void close(CheckId id) {
        var me = uc.require(CLOSE_CHECK);
        try (var lease = lockOrRefuse(id)) {
            transactions.run(() -> {
                var entry = failIfRunning(id);
                Refusal.enforce(entry.closable());
                checks.close(id, me.name(), uc.calendar().now());
                reports.keep(id);
                uc.audit(ENTITY, id, label(entry), AuditAction.UPDATE, Map.of("closed", "false"),
                        Map.of("closed", "true"));
            });
        }
    }

    /** A period that has not begun has no records: queueing its check would only mislead. */
    private void refuseNotBegun(Period period) {
        if (period.isFuture(uc.calendar().today())) {
            throw new InvalidValue("period", "compliance.check.period-not-begun", period.key());
        }
    }

    private CheckEntry openForRun(Period period, Optional<ProcessCode> process) {
        var entry = checks.open(period, process);
        if (entry.closed()) {
            throw new RuleViolation("compliance.check.closed", label(entry));
        }
        return entry;
    }

    /** Runs the check; only background work calls it, so it waits a little for the check's lock. */
    private void execute(CheckId id, Actor me) {
        try (var lease = lockWaiting(id)) {
            var entry = transactions.inTransaction(() -> {
                var found = failIfRunning(id);
                if (found.closed()) {
                    throw new RuleViolation("compliance.check.closed", label(found));
                }
                checks.markRunning(id, heartbeat.instance(), uc.calendar().now());
                return found;
            });
            try (var beating = heartbeat.start(at -> transactions.run(() -> checks.heartbeat(id, at)))) {
                transactions.run(() -> evaluate(entry, me));
            } catch (RuntimeException e) {
                transactions.run(() -> checks.changeState(id, RunState.FAILED, Optional.of(describe(e))));
                throw e;
            }
        }
    }

    /** For tests that hold the lock elsewhere on purpose: how long a background run waits for it. */
    void lockPatience(Duration patience) {
        this.lockPatience = patience;
    }

    /** The check's lock at once, for a user: held by anyone else, the action is refused. */
    private CheckLocks.Lease lockOrRefuse(CheckId id) {
        return locks.tryLock(id).orElseThrow(() -> alreadyRunning(id));
    }

    /**
     * The check's lock, waited for up to the patience: a background run must not give up because the
     * sweep of interrupted runs, or a user closing or queueing the check, holds the lock for the one
     * short transaction they need (the sweep then marks the dead run FAILED and this run takes over).
     * Only a run in progress holds it longer; then the run is refused.
     */
    private CheckLocks.Lease lockWaiting(CheckId id) {
        return locks.lock(id, lockPatience).orElseThrow(() -> alreadyRunning(id));
    }

    private RuleViolation alreadyRunning(CheckId id) {
        return new RuleViolation("compliance.check.already-running",
                transactions.readOnly(() -> checks.byId(id)).map(ComplianceCheckService::label).orElse(id.toString()));
    }

    /**
     * With the check's lock held: a check still marked RUNNING was interrupted (whoever ran it let go
     * of the lock only by dying). It is marked FAILED, with an audit entry; returns the check as it is
     * then.
     */
    private CheckEntry failIfRunning(CheckId id) {
        var entry = checks.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
        if (entry.state() != RunState.RUNNING) {
            return entry;
        }
        checks.changeState(id, RunState.FAILED, Optional.of(RunHeartbeat.INTERRUPTED));
        uc.audit(ENTITY, id, label(entry), AuditAction.UPDATE, Map.of("state", RunState.RUNNING.name()),
                Map.of("state", RunState.FAILED.name(), "failure", RunHeartbeat.INTERRUPTED));
        return checks.byId(id).orElseThrow();
    }

    @Override
    public int recoverInterrupted() {
        uc.require(RUN_CHECK);
        return heartbeat.recover(transactions.readOnly(checks::running),
                running -> locks.tryLock(running.id()).map(lease -> lease::close),
                ComplianceChecks.RunningCheck::heartbeatAt,
                running -> transactions.inTransaction(() -> failIfRunning(running.id()).state() == RunState.FAILED));
    }

    private static String describe(RuntimeException e) {
        var text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** One run, in one transaction: stream, judge, tally, write, publish. */
    private void evaluate(CheckEntry check, Actor me) {
        var zone = uc.calendar().zone().get();
        var from = check.period().start(zone);
        var to = check.period().end(zone);
        var startedAt = uc.calendar().now();
        var scope = check.process().map(ProcessCode::value);
        var defined = new TreeMap<String, Process>();
        for (var process : manual.all()) {
            if (scope.isEmpty() || scope.get().equals(process.code().value())) {
                defined.put(process.code().value(), process);
            }
        }
        var codes = new TreeSet<>(defined.keySet());
        var started = new HashMap<String, ExecutionRecords.ProcessCount>();
        for (var count : records.processesStartingIn(from, to, defined.keySet())) {
            if (scope.isEmpty() || scope.get().equals(count.processCode())) {
                codes.add(count.processCode());
                started.put(count.processCode(), count);
            }
        }
        var results = new ArrayList<ProcessResult>();
        var unknown = new ArrayList<UnknownProcess>();
        long events = 0;
        var calendar = WorkingCalendar.standard(zone);
        try (var writer = checks.beginRun(check.id(), new RunInfo(UUID.randomUUID(), startedAt, startedAt, startedAt,
                me.name(), 0))) {
            var deviating = new DeviatingCases(BATCH, writer::add);
            for (var code : codes) {
                var process = defined.get(code);
                if (process == null) {
                    // not judged: what the records say of its cases is enough
                    var count = started.get(code);
                    unknown.add(new UnknownProcess(code, count.cases(), count.events()));
                    events += count.events();
                } else {
                    var tally = new ProcessTally(process, zone, calendar, startedAt, deviating);
                    records.forEachCase(code, from, to, tally::judge);
                    deviating.flush();
                    results.add(tally.result());
                    events += tally.events();
                }
            }
            writer.publish(results, unknown, deviating.worst(), events, uc.calendar().now());
        }
        var before = check.overall().map(ComplianceCheckService::rateText).orElse("");
        var overall = results.stream().map(ProcessResult::rate).reduce(Rate.NONE, Rate::plus);
        var after = new LinkedHashMap<String, String>();
        after.put("rate", rateText(overall));
        after.put("cases", Long.toString(overall.evaluated()));
        after.put("events", Long.toString(events));
        after.put("unknownProcesses", Integer.toString(unknown.size()));
        uc.audit(ENTITY, check.id(), label(check), check.lastRunAt().isEmpty() ? AuditAction.CREATE
                : AuditAction.UPDATE, before.isEmpty() ? Map.of() : Map.of("rate", before), after);
    }

    private static String rateText(Rate rate) {
        return rate.compliant() + "/" + rate.evaluated();
    }

    static String label(CheckEntry check) {
        return check.period().key() + " " + check.process().map(ProcessCode::value).orElse("*");
    }

    // ---------------------------------------------------------------- queries

    @Override
    public List<CheckEntry> checks() {
        return uc.read(READ, checks::all);
    }

    @Override
    public List<CheckEntry> page(CheckFilter filter, PageRequest page) {
        return uc.read(READ, () -> checks.page(filter, page));
    }

    @Override
    public long count(CheckFilter filter) {
        return uc.read(READ, () -> checks.count(filter));
    }

    @Override
    public Optional<CheckEntry> check(CheckId id) {
        return uc.read(READ, () -> checks.byId(id));
    }

    @Override
    public WithSteps<CheckEntry, CheckStep> detail(CheckId id) {
        var entry = check(id).orElseThrow(() -> new NotFound("ComplianceCheck", id));
        return new WithSteps<>(entry, entry.allowedSteps(uc.actor()));
    }

    @Override
    public Optional<CheckReport> report(CheckId id) {
        return uc.read(READ, () -> checks.report(id).map(report -> {
            var names = names();
            return report.withProcesses(report.processes().stream()
                    .map(p -> p.named(Optional.ofNullable(names.get(p.processCode())))).toList());
        }));
    }

    @Override
    public List<CaseSummary> deviatingCases(CheckId id, String processCode, int offset, int limit) {
        return uc.read(READ, () -> checks.deviatingCases(id, processCode, offset, limit));
    }

    @Override
    public Optional<CaseDetail> caseDetail(CheckId id, String processCode, String caseId) {
        return uc.read(READ, () -> {
            var check = checks.byId(id);
            if (check.isEmpty() || check.get().lastRunAt().isEmpty()) {
                return Optional.empty();
            }
            int events = records.caseEventCount(processCode, caseId);
            var process = process(processCode);
            var stored = checks.storedCase(id, processCode, caseId);
            if (stored.isPresent()) {
                var number = stored.get().version();
                var version = process.flatMap(p -> p.versions().stream().filter(v -> v.number() == number)
                        .findFirst());
                return Optional.of(new CaseDetail(check.get(), processCode, process.map(Process::name), caseId,
                        version, events, stored.get().deviations()));
            }
            // not stored: a case the check judged compliant, if it is one of the check's cases at all
            if (events == 0 || process.isEmpty() || !inScope(check.get(), processCode)) {
                return Optional.empty();
            }
            var zone = uc.calendar().zone().get();
            var caseEvents = new PagedCaseEvents(records, processCode, caseId, events);
            var first = caseEvents.getFirst().occurredAt();
            var version = process.get().inForceAt(first, zone);
            if (!check.get().period().contains(first, zone) || version.isEmpty()) {
                return Optional.empty();
            }
            // a compliant case of the run is not stored; one that deviates now was not part of it
            var checkedAt = checks.report(id).map(r -> r.run().checkedAt()).orElse(uc.calendar().now());
            var rules = new ComplianceRules(version.get(), WorkingCalendar.standard(zone));
            if (!rules.judge(caseEvents, checkedAt).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CaseDetail(check.get(), processCode, Optional.of(process.get().name()), caseId,
                    version, events, 0));
        });
    }

    @Override
    public List<TimelineEntry> caseTimeline(CheckId id, String processCode, String caseId, PageRequest page) {
        return uc.read(READ, () -> CaseTimeline.page(records, checks, id, processCode, caseId, page));
    }

    @Override
    public List<Deviation> caseDeviations(CheckId id, String processCode, String caseId, PageRequest page) {
        return uc.read(READ, () -> checks.deviations(id, processCode, caseId, Optional.empty(),
                page.offset(), page.limit()));
    }

    private static boolean inScope(CheckEntry check, String processCode) {
        return check.process().map(p -> p.value().equals(processCode)).orElse(true);
    }

    private Optional<Process> process(String code) {
        try {
            return manual.byCode(new ProcessCode(code));
        } catch (InvalidValue notACode) {
            return Optional.empty();
        }
    }

    private Map<String, @Nullable BilingualName> names() {
        var names = new HashMap<String, @Nullable BilingualName>();
        manual.all().forEach(p -> names.put(p.code().value(), p.name()));
        return names;
    }

    @Override
    public List<ProcessChoice> processes() {
        return uc.read(READ, () -> manual.all().stream()
                .map(p -> new ProcessChoice(p.code(), p.name()))
                .sorted(Comparator.comparing(ProcessChoice::code))
                .toList());
    }
}
