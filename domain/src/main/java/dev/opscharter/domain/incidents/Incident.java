package dev.opscharter.domain.incidents;

import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.shared.WorkingCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An incident (突发事件) of a type, handled in four steps in order, each recorded with who did it and what they
 * recorded; its timeline times every step against the type's limits. The director rules whether it was a major
 * operational accident, once, with who and when. The steps whose overdue state was escalated are kept, so each is
 * escalated once.
 *
 * @param typeCode  the {@link IncidentType}'s code
 * @param handled   each step done: who did it and what they recorded (when is in the timeline)
 * @param escalated the steps already escalated as overdue
 */
public record Incident(IncidentId id, String typeCode, String title, String reportedBy, IncidentTimeline timeline,
                       Map<IncidentStep, Handled> handled, Set<IncidentStep> escalated, Optional<Ruling> ruling,
                       long version) {

    public static final int MAX_TITLE = 200;

    /** Who did a step, and what they recorded. */
    public record Handled(String by, StepRecord record) {
        public Handled {
            by = Require.text(by, "by", 100);
            Objects.requireNonNull(record, "record");
        }
    }

    /** The director's ruling: a major operational accident (a veto of the scorecard) or not. */
    public record Ruling(boolean majorAccident, String by, Instant at) {
        public Ruling {
            by = Require.text(by, "by", 100);
            Objects.requireNonNull(at, "at");
        }
    }

    public Incident {
        Objects.requireNonNull(id, "id");
        typeCode = Require.text(typeCode, "type", 40);
        title = Require.text(title, "title", MAX_TITLE);
        reportedBy = Require.text(reportedBy, "reportedBy", 100);
        Objects.requireNonNull(timeline, "timeline");
        var steps = new EnumMap<IncidentStep, Handled>(IncidentStep.class);
        steps.putAll(handled);
        if (!steps.keySet().equals(timeline.done().keySet())) {
            throw new IllegalArgumentException("the steps handled are not the steps timed");
        }
        steps.forEach((step, h) -> {
            if (h.record().step() != step) {
                throw new IllegalArgumentException(h.record().step() + " recorded as " + step);
            }
        });
        handled = Map.copyOf(steps);
        escalated = escalated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(escalated));
        Objects.requireNonNull(ruling, "ruling");
    }

    /** A new incident, reported by {@code by} at {@code at}. */
    public static Incident report(IncidentType type, String title, Actor by, Instant at) {
        Refusal.enforce(may(by, IncidentsPermission.HANDLE, "rule.incidents.handle-only"));
        return new Incident(IncidentId.random(), type.code(), title, by.name(), IncidentTimeline.reportedAt(at),
                Map.of(), Set.of(), Optional.empty(), 0);
    }

    /** As stored: the store counts the versions. */
    public Incident withVersion(long next) {
        return new Incident(id, typeCode, title, reportedBy, timeline, handled, escalated, ruling, next);
    }

    public Instant reportedAt() {
        return timeline.reported();
    }

    public boolean finished() {
        return timeline.finished();
    }

    public Optional<IncidentStep> nextStep() {
        return timeline.nextStep();
    }

    /** The stakeholders notified; none before that step. */
    public List<String> stakeholders() {
        return record(IncidentStep.NOTIFY_STAKEHOLDERS).map(r -> ((StepRecord.Notified) r).stakeholders())
                .orElse(List.of());
    }

    public Optional<String> postMortem() {
        return record(IncidentStep.POST_MORTEM).map(r -> ((StepRecord.PostMortem) r).text());
    }

    /** The corrective actions the post-mortem decided. */
    public List<CorrectiveActionId> followUps() {
        return record(IncidentStep.POST_MORTEM).map(r -> ((StepRecord.PostMortem) r).followUps()).orElse(List.of());
    }

    public Optional<StepRecord> record(IncidentStep step) {
        return Optional.ofNullable(handled.get(step)).map(Handled::record);
    }

    public boolean majorAccident() {
        return ruling.map(Ruling::majorAccident).orElse(false);
    }

    /** The steps {@code by} may take: the next step while one is left, the ruling for the director until it is made. */
    public List<Step<IncidentAction>> allowedSteps(Actor by) {
        var steps = new ArrayList<Step<IncidentAction>>();
        if (!finished() && by.may(IncidentsPermission.HANDLE)) {
            steps.add(Step.open(IncidentAction.DO_STEP));
        }
        if (by.may(IncidentsPermission.RULE)) {
            steps.add(Step.of(IncidentAction.RULE, unruled()));
        }
        return List.copyOf(steps);
    }

    /** Records the next step as done by {@code by} at {@code at}; only the next one, in order. */
    public Incident done(StepRecord record, Actor by, Instant at) {
        Refusal.enforce(may(by, IncidentsPermission.HANDLE, "rule.incidents.handle-only")
                .or(() -> inOrder(record.step())));
        if (at.isBefore(clockStart(record.step()))) {
            throw Refusal.of("rule.incidents.step-before-start", record.step().name()).violation();
        }
        var steps = new EnumMap<IncidentStep, Handled>(IncidentStep.class);
        steps.putAll(handled);
        steps.put(record.step(), new Handled(by.name(), record));
        return new Incident(id, typeCode, title, reportedBy, timeline.withDone(record.step(), at), steps, escalated,
                ruling, version);
    }

    /** The director rules whether this was a major operational accident; once. */
    public Incident rule(boolean majorAccident, Actor by, Instant at) {
        Refusal.enforce(may(by, IncidentsPermission.RULE, "rule.incidents.rule-director-only").or(this::unruled));
        return new Incident(id, typeCode, title, reportedBy, timeline, handled, escalated,
                Optional.of(new Ruling(majorAccident, by.name(), at)), version);
    }

    /** The steps overdue at {@code now} that were not escalated yet. */
    public List<StepTiming> overdueUnescalated(StepLimits limits, WorkingCalendar calendar, Instant now) {
        return timeline.timings(limits, calendar, now).stream()
                .filter(t -> t.state() == StepTiming.State.OVERDUE && !escalated.contains(t.step()))
                .toList();
    }

    /** Marks the step as escalated (its overdue notice sent). */
    public Incident escalated(IncidentStep step) {
        var next = EnumSet.noneOf(IncidentStep.class);
        next.addAll(escalated);
        next.add(step);
        return new Incident(id, typeCode, title, reportedBy, timeline, handled, next, ruling, version);
    }

    /** Whoever did the step before {@code step}, the reporter for the first. */
    public String ownerOf(IncidentStep step) {
        return step.previous().map(handled::get).map(Handled::by).orElse(reportedBy);
    }

    private Instant clockStart(IncidentStep step) {
        return step.previous().map(p -> timeline.done().get(p)).orElse(timeline.reported());
    }

    private Optional<Refusal> inOrder(IncidentStep step) {
        var next = nextStep();
        if (next.isEmpty()) {
            return Refusal.because("rule.incidents.finished");
        }
        return next.get() == step ? Optional.empty()
                : Refusal.because("rule.incidents.step-out-of-order", step.name(), next.get().name());
    }

    private Optional<Refusal> unruled() {
        return ruling.isPresent() ? Refusal.because("rule.incidents.already-ruled") : Optional.empty();
    }

    private static Optional<Refusal> may(Actor by, IncidentsPermission permission, String key) {
        return by.may(permission) ? Optional.empty() : Refusal.because(key);
    }
}
