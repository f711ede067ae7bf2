package dev.opscharter.domain.incidents;

import dev.opscharter.domain.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When an incident was reported and when each of its steps was done. A step's clock starts when the step before it
 * was done (the first step's at the report) and stops when the step is done; a step not done is overdue once its
 * limit has passed. The incident was handled in time when every step was done within its own limit.
 */
public record IncidentTimeline(Instant reported, Map<IncidentStep, Instant> done) {

    public IncidentTimeline {
        Objects.requireNonNull(reported, "reported");
        var copy = new EnumMap<IncidentStep, Instant>(IncidentStep.class);
        copy.putAll(done);
        for (var entry : copy.entrySet()) {
            var step = entry.getKey();
            var previous = clockStart(step, reported, copy);
            if (previous == null) {
                throw new IllegalArgumentException(step + " done before " + step.previous().orElseThrow());
            }
            if (entry.getValue().isBefore(previous)) {
                throw new IllegalArgumentException(step + " done before its clock started");
            }
        }
        done = Map.copyOf(copy);
    }

    public static IncidentTimeline reportedAt(Instant reported) {
        return new IncidentTimeline(reported, Map.of());
    }

    public IncidentTimeline withDone(IncidentStep step, Instant at) {
        var next = new EnumMap<IncidentStep, Instant>(IncidentStep.class);
        next.putAll(done);
        next.put(step, at);
        return new IncidentTimeline(reported, next);
    }

    /** The step to do next; none once the post-mortem is done. */
    public Optional<IncidentStep> nextStep() {
        for (var step : IncidentStep.values()) {
            if (!done.containsKey(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public boolean finished() {
        return nextStep().isEmpty();
    }

    /** Every step against its limit, as it stands at {@code now}. */
    public List<StepTiming> timings(StepLimits limits, WorkingCalendar calendar, Instant now) {
        var timings = new ArrayList<StepTiming>();
        for (var step : IncidentStep.values()) {
            var limit = limits.limit(step);
            var start = clockStart(step, reported, done);
            if (start == null) {
                timings.add(new StepTiming(step, StepTiming.State.NOT_STARTED, Optional.empty(), limit));
                continue;
            }
            var end = done.get(step);
            var took = limits.elapsed(start, end == null ? now : end, calendar);
            boolean within = took.compareTo(limit) <= 0;
            var state = end != null
                    ? (within ? StepTiming.State.ON_TIME : StepTiming.State.LATE)
                    : (within ? StepTiming.State.RUNNING : StepTiming.State.OVERDUE);
            timings.add(new StepTiming(step, state, Optional.of(took), limit));
        }
        return List.copyOf(timings);
    }

    /** When the step's clock started: at the report for the first, when the step before was done; none before. */
    private static @Nullable Instant clockStart(IncidentStep step, Instant reported, Map<IncidentStep, Instant> done) {
        return step.previous().isEmpty() ? reported : done.get(step.previous().get());
    }

    /**
     * Whether the incident counts for timeliness yet, and how: handled in time once finished with no step late;
     * not in time as soon as one step is late, finished or not; none while it runs within its limits.
     */
    public Optional<Boolean> handledInTime(StepLimits limits, WorkingCalendar calendar, Instant now) {
        var timings = timings(limits, calendar, now);
        if (timings.stream().anyMatch(t -> t.state().late())) {
            return Optional.of(false);
        }
        return finished() ? Optional.of(true) : Optional.empty();
    }
}
