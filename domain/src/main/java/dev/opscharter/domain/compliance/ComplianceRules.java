package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of SPEC §4, exactly, for one case against the process version in force when it started.
 * <ul>
 * <li>For a step that occurs several times, its first occurrence counts for order and timing.</li>
 * <li>STEP_SKIPPED: a mandatory step is absent although a later step of the defined order is present.</li>
 * <li>OUT_OF_ORDER: a step's first occurrence is strictly earlier than the first occurrence of a step
 *     defined before it.</li>
 * <li>WRONG_ROLE: an occurrence by a role that is not among the step's responsible roles.</li>
 * <li>STEP_LATE: the time from the first occurrence of the nearest earlier defined step that occurred
 *     (or from the case's first event of a defined step, if none did) to this step's first occurrence
 *     exceeds the step's limit.</li>
 * <li>CASE_LATE: the case's first to last event of a defined step ({@link #span}) exceeds the end-to-end
 *     limit; a case with no defined step has no time deviation. A case is finished once one of the
 *     version's end steps occurred, and an unfinished case whose limit has already passed at check time
 *     is late too.</li>
 * <li>UNKNOWN_STEP: a step code the version does not define; such an occurrence counts for nothing
 *     else (no role, order or time rule applies to it, and it is not the case's first or last event
 *     for the time rules).</li>
 * </ul>
 * Events are taken in the order given, which must be by time (ties keep their recorded order).
 */
public final class ComplianceRules {

    private final ProcessVersion version;
    private final String[] codes;
    private final ProcessStep[] steps;
    private final boolean[] endStep;
    private final Map<String, Integer> positions;
    private final @Nullable WorkingCalendar calendar;

    /** @param calendar used when the version counts working hours */
    public ComplianceRules(ProcessVersion version, WorkingCalendar calendar) {
        this.version = version;
        this.steps = version.steps().toArray(ProcessStep[]::new);
        this.codes = new String[steps.length];
        this.endStep = new boolean[steps.length];
        for (int i = 0; i < steps.length; i++) {
            codes[i] = steps[i].code().value();
            endStep[i] = version.endSteps().contains(steps[i].code());
        }
        this.positions = version.positions();
        this.calendar = version.basis() == LimitBasis.WORKING ? calendar : null;
    }

    /** The deviations of one case, as of {@code checkTime}; empty when the case complies. */
    public List<Deviation> judge(List<CaseEvent> events, Instant checkTime) {
        var deviations = new ArrayList<Deviation>(0);
        var first = new CaseEvent[steps.length];
        CaseEvent firstKnown = null;
        CaseEvent lastKnown = null;
        boolean finished = false;
        for (var event : events) {
            Integer position = position(event);
            if (position == null) {
                deviations.add(Deviation.unknownStep(event.stepCode(), event.occurredAt()));
                continue;
            }
            // the span of span(), tracked here on the way: the hot path reads each event once
            if (firstKnown == null) {
                firstKnown = event;
            }
            lastKnown = event;
            if (first[position] == null) {
                first[position] = event;
            }
            if (!steps[position].allows(event.actorRole())) {
                deviations.add(Deviation.wrongRole(codes[position], event.actorRole(), event.occurredAt()));
            }
            finished |= endStep[position];
        }
        if (firstKnown == null) {
            return deviations;
        }
        skippedSteps(first, deviations);
        outOfOrder(first, deviations);
        lateSteps(first, firstKnown, deviations);
        lateCase(firstKnown, lastKnown, finished, checkTime, deviations);
        return deviations;
    }

    /**
     * The case's first to last event of a defined step, the span {@code CASE_LATE} measures; empty when
     * no event is of a defined step. Reads from both ends, so it costs a few lookups, not a pass.
     */
    public Optional<CaseSpan> span(List<CaseEvent> events) {
        int first = 0;
        while (first < events.size() && position(events.get(first)) == null) {
            first++;
        }
        if (first == events.size()) {
            return Optional.empty();
        }
        int last = events.size() - 1;
        while (position(events.get(last)) == null) {
            last--;
        }
        return Optional.of(new CaseSpan(events.get(first).occurredAt(), events.get(last).occurredAt()));
    }

    /** The event's step in the version's order; {@code null} for a step the version does not define. */
    private @Nullable Integer position(CaseEvent event) {
        return positions.get(event.stepCode());
    }

    private void skippedSteps(CaseEvent[] first, List<Deviation> deviations) {
        int lastPresent = -1;
        for (int i = steps.length - 1; i >= 0; i--) {
            if (first[i] != null) {
                lastPresent = i;
                break;
            }
        }
        for (int i = 0; i < lastPresent; i++) {
            if (first[i] == null && steps[i].mandatory()) {
                deviations.add(Deviation.skipped(codes[i], codes[nextPresent(first, i)]));
            }
        }
    }

    private static int nextPresent(CaseEvent[] first, int after) {
        for (int j = after + 1; j < first.length; j++) {
            if (first[j] != null) {
                return j;
            }
        }
        throw new IllegalStateException("a later step is present");
    }

    /** Names, for each step out of order, the latest-occurring step defined before it. */
    private void outOfOrder(CaseEvent[] first, List<Deviation> deviations) {
        CaseEvent latestBefore = null;
        int latestBeforeIndex = -1;
        for (int j = 0; j < steps.length; j++) {
            var current = first[j];
            if (current == null) {
                continue;
            }
            if (latestBefore != null && current.occurredAt().isBefore(latestBefore.occurredAt())) {
                deviations.add(Deviation.outOfOrder(codes[j], codes[latestBeforeIndex], current.occurredAt()));
            }
            if (latestBefore == null || current.occurredAt().isAfter(latestBefore.occurredAt())) {
                latestBefore = current;
                latestBeforeIndex = j;
            }
        }
    }

    private void lateSteps(CaseEvent[] first, CaseEvent firstKnown, List<Deviation> deviations) {
        int previous = -1;
        for (int j = 0; j < steps.length; j++) {
            if (first[j] == null) {
                continue;
            }
            var limit = steps[j].limit();
            if (limit.isPresent()) {
                var from = previous < 0 ? firstKnown : first[previous];
                var taken = elapsed(from.occurredAt(), first[j].occurredAt());
                if (taken.compareTo(limit.get()) > 0) {
                    deviations.add(Deviation.stepLate(codes[j], previous < 0 ? null : codes[previous], taken,
                            limit.get(), first[j].occurredAt()));
                }
            }
            previous = j;
        }
    }

    private void lateCase(CaseEvent firstKnown, CaseEvent lastKnown, boolean finished, Instant checkTime,
                          List<Deviation> deviations) {
        var limit = version.endToEndLimit();
        if (limit.isEmpty()) {
            return;
        }
        // every case: first to last event; an unfinished one also up to the check time
        var until = finished || checkTime.isBefore(lastKnown.occurredAt()) ? lastKnown.occurredAt() : checkTime;
        var taken = elapsed(firstKnown.occurredAt(), until);
        if (taken.compareTo(limit.get()) > 0) {
            deviations.add(finished
                    ? Deviation.caseLate(lastKnown.stepCode(), taken, limit.get(), lastKnown.occurredAt())
                    : Deviation.caseLate(null, taken, limit.get(), null));
        }
    }

    private Duration elapsed(Instant from, Instant to) {
        if (calendar != null) {
            return calendar.between(from, to);
        }
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
