package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.VersionHistory;
import dev.opscharter.domain.shared.WorkingCalendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a compliance check keeps of one process while its cases stream by: counters, per-type and
 * per-step tallies; each deviating case is handed on as it is judged, so memory does not grow with
 * the number of cases. A case is judged against the version in force when its first event occurred
 * (in the organization's time zone); a case that started before any version is counted, not judged.
 */
public final class ProcessTally {

    private static final int TYPES = DeviationType.values().length;

    private final String code;
    private final VersionHistory.Lookup<ProcessVersion> lookup;
    private final ComplianceRules[] rules;
    private final Instant checkTime;
    private final Consumer<CaseResult> deviating;
    private long cases;
    private long compliant;
    private long events;
    private long withoutVersion;
    private final long[] deviations = new long[TYPES];
    private final long[] casesOfType = new long[TYPES];
    private final Map<String, long[]> byStep = new HashMap<>();

    /** @param checkTime the instant an unfinished case is judged at (SPEC §4 CASE_LATE) */
    public ProcessTally(Process process, ZoneId zone, WorkingCalendar calendar, Instant checkTime,
                        Consumer<CaseResult> deviating) {
        this.code = process.code().value();
        this.lookup = process.history().lookup(zone);
        this.rules = new ComplianceRules[lookup.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = new ComplianceRules(lookup.version(i), calendar);
        }
        this.checkTime = checkTime;
        this.deviating = deviating;
    }

    /** One case's events, by time; an empty case is no case. */
    public void judge(String caseId, List<CaseEvent> caseEvents) {
        if (caseEvents.isEmpty()) {
            return;
        }
        events += caseEvents.size();
        var first = caseEvents.getFirst().occurredAt();
        int version = lookup.indexAt(first);
        if (version < 0) {
            withoutVersion++;
            return;
        }
        cases++;
        var found = rules[version].judge(caseEvents, checkTime);
        if (found.isEmpty()) {
            compliant++;
            return;
        }
        int mask = 0;
        for (var deviation : found) {
            int type = deviation.type().ordinal();
            deviations[type]++;
            mask |= 1 << type;
            var step = deviation.step();
            byStep.computeIfAbsent(step == null ? "" : step, s -> new long[TYPES])[type]++;
        }
        var types = new ArrayList<DeviationType>(Integer.bitCount(mask));
        for (var type : DeviationType.values()) {
            if ((mask & 1 << type.ordinal()) != 0) {
                casesOfType[type.ordinal()]++;
                types.add(type);
            }
        }
        deviating.accept(new CaseResult(new CaseSummary(code, caseId, lookup.version(version).number(), first,
                caseEvents.getLast().occurredAt(), rules[version].span(caseEvents), caseEvents.size(), found.size(),
                types), found));
    }

    /** The events seen, cases without a version included. */
    public long events() {
        return events;
    }

    public ProcessResult result() {
        var types = new ArrayList<TypeTally>();
        for (var type : DeviationType.values()) {
            if (deviations[type.ordinal()] > 0) {
                types.add(new TypeTally(type, deviations[type.ordinal()], casesOfType[type.ordinal()]));
            }
        }
        var steps = new ArrayList<StepTally>();
        new TreeMap<>(byStep).forEach((step, counts) -> {
            for (var type : DeviationType.values()) {
                if (counts[type.ordinal()] > 0) {
                    steps.add(new StepTally(step, type, counts[type.ordinal()]));
                }
            }
        });
        return new ProcessResult(code, Optional.empty(), new Rate(compliant, cases), events, withoutVersion, types,
                steps);
    }
}
