package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A process-optimization project (流程优化项目): who owns it, the process it improves (a process code of the
 * compliance context, optional), and its efficiency indicators before and after. Lifecycle:
 * <pre>
 *   PLANNED ──start──▶ IN_PROGRESS ──accept (landed date, acceptance report)──▶ ACCEPTED
 *      └───────────────────┴──cancel──▶ CANCELLED
 * </pre>
 * A specialist prepares a planned project; a manager or director starts, edits it while in progress, accepts
 * it once every indicator has both values, and cancels it. An accepted project is what it landed with.
 */
public record OptimizationProject(OptimizationProjectId id, ProjectDraft draft, ProjectState state,
                                  Optional<LocalDate> landedOn, Optional<UUID> acceptanceReport, String preparedBy,
                                  Instant createdAt, long version) {

    public OptimizationProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(state, "state");
        if ((state == ProjectState.ACCEPTED) != landedOn.isPresent()
                || (state == ProjectState.ACCEPTED) != acceptanceReport.isPresent()) {
            throw new IllegalArgumentException("an accepted project, and only one, has a landed date and report");
        }
        preparedBy = Require.text(preparedBy, "preparedBy", 80);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new project, planned; a specialist, manager or director prepares it. */
    public static OptimizationProject plan(ProjectDraft draft, Actor by, Instant at) {
        Refusal.enforce(preparer(by));
        return new OptimizationProject(OptimizationProjectId.random(), draft, ProjectState.PLANNED,
                Optional.empty(), Optional.empty(), by.name(), at, 0);
    }

    public String title() {
        return draft.title();
    }

    public String owner() {
        return draft.owner();
    }

    public Optional<String> processCode() {
        return draft.processCode();
    }

    public List<EfficiencyIndicator> indicators() {
        return draft.indicators();
    }

    // ---- steps

    /**
     * What {@code by} may do next. Accepting is shown blocked to a manager while an indicator lacks a value,
     * and measuring while the project names no process, so they see why; other refusals are left out.
     */
    public List<Step<ProjectStep>> allowedSteps(Actor by) {
        var steps = new ArrayList<Step<ProjectStep>>();
        for (var kind : ProjectStep.values()) {
            var guard = guard(kind, by);
            if (guard.isEmpty() || shownBlocked(kind, by)) {
                steps.add(Step.of(kind, guard));
            }
        }
        return List.copyOf(steps);
    }

    private Optional<Refusal> guard(ProjectStep kind, Actor by) {
        return switch (kind) {
            case EDIT -> editor(by);
            case MEASURE -> editor(by).or(this::process);
            case START -> manager(by).or(() -> state == ProjectState.PLANNED
                    ? Optional.empty() : Refusal.because("rule.efficiency.project.not-planned"));
            case ACCEPT -> manager(by).or(() -> state == ProjectState.IN_PROGRESS
                    ? Optional.empty() : Refusal.because("rule.efficiency.project.not-in-progress")).or(this::complete);
            case CANCEL -> manager(by).or(this::open);
        };
    }

    private boolean shownBlocked(ProjectStep kind, Actor by) {
        return switch (kind) {
            case ACCEPT -> by.may(EfficiencyPermission.MANAGE) && state == ProjectState.IN_PROGRESS;
            case MEASURE -> editor(by).isEmpty();
            case EDIT, START, CANCEL -> false;
        };
    }

    // ---- lifecycle

    /** Title, owner, process and indicators, while the project is open (planned: by its preparers). */
    public OptimizationProject edit(Actor by, ProjectDraft changed) {
        Refusal.enforce(guard(ProjectStep.EDIT, by));
        return with(changed, state, landedOn, acceptanceReport);
    }

    /**
     * Sets the median and 90th-percentile case durations measured from the process's execution records,
     * replacing the measured indicators of an earlier measurement; the median counts as core, as a project on
     * a process is undertaken to make its cases faster.
     */
    public OptimizationProject measure(Actor by, WindowDurations before, WindowDurations after, LocalDate landed,
                                       int days) {
        Refusal.enforce(guard(ProjectStep.MEASURE, by));
        var kept = new ArrayList<>(indicators().stream().filter(i -> i.measured().isEmpty()).toList());
        for (var figure : CaseFigure.values()) {
            var how = new Measured(figure, landed, days, before.cases(), after.cases());
            var earlier = indicators().stream()
                    .filter(i -> i.measured().map(m -> m.figure() == figure).orElse(false)).findFirst();
            boolean core = earlier.map(EfficiencyIndicator::core).orElse(figure == CaseFigure.MEDIAN);
            kept.add(EfficiencyIndicator.measured(measuredName(figure), core, before, after, how));
        }
        return with(new ProjectDraft(title(), owner(), processCode(), kept), state, landedOn, acceptanceReport);
    }

    /** The name a measured indicator is stored with; screens show the figure's own words. */
    public static String measuredName(CaseFigure figure) {
        return switch (figure) {
            case MEDIAN -> "median case duration";
            case P90 -> "p90 case duration";
        };
    }

    public OptimizationProject start(Actor by) {
        Refusal.enforce(guard(ProjectStep.START, by));
        return with(draft, ProjectState.IN_PROGRESS, landedOn, acceptanceReport);
    }

    /** In progress → accepted: landed on a day not after {@code today}, with the acceptance report kept. */
    public OptimizationProject accept(Actor by, LocalDate landed, UUID report, LocalDate today) {
        Refusal.enforce(guard(ProjectStep.ACCEPT, by));
        if (landed.isAfter(today)) {
            throw Refusal.of("rule.efficiency.project.landed-in-future").violation();
        }
        return with(draft, ProjectState.ACCEPTED, Optional.of(landed), Optional.of(report));
    }

    public OptimizationProject cancel(Actor by) {
        Refusal.enforce(guard(ProjectStep.CANCEL, by));
        return with(draft, ProjectState.CANCELLED, landedOn, acceptanceReport);
    }

    // ---- questions

    /**
     * The project's core efficiency improvement: the mean percent of its core indicators that have one, one
     * decimal, half up; empty without such an indicator.
     */
    public Optional<BigDecimal> coreImprovement() {
        var percents = indicators().stream().filter(EfficiencyIndicator::core)
                .flatMap(i -> i.improvement().flatMap(Improvement::percent).stream()).toList();
        if (percents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(percents.size()), 1, RoundingMode.HALF_UP));
    }

    /** Accepted with a landed date in [from, until). */
    public boolean landedBetween(LocalDate from, LocalDate until) {
        return state == ProjectState.ACCEPTED && landedOn.filter(d -> !d.isBefore(from) && d.isBefore(until))
                .isPresent();
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title());
        fields.put("owner", owner());
        processCode().ifPresent(p -> fields.put("process", p));
        fields.put("state", state.name());
        landedOn.ifPresent(d -> fields.put("landedOn", d.toString()));
        acceptanceReport.ifPresent(r -> fields.put("acceptanceReport", r.toString()));
        fields.put("indicators", indicators().stream().map(i -> i.name() + ": "
                + i.baseline().map(BigDecimal::toPlainString).orElse("–") + " → "
                + i.after().map(BigDecimal::toPlainString).orElse("–") + (i.core() ? " (core)" : "")
                + i.measured().map(m -> " (measured " + m.landedOn() + " ±" + m.days() + ")").orElse(""))
                .collect(Collectors.joining("; ")));
        return fields;
    }

    // ---- internals

    private static Optional<Refusal> preparer(Actor by) {
        return by.may(EfficiencyPermission.PREPARE)
                ? Optional.empty() : Refusal.because("rule.efficiency.project.preparer-only");
    }

    private static Optional<Refusal> manager(Actor by) {
        return by.may(EfficiencyPermission.MANAGE)
                ? Optional.empty() : Refusal.because("rule.efficiency.project.manager-only");
    }

    private Optional<Refusal> open() {
        return state.isOpen() ? Optional.empty() : Refusal.because("rule.efficiency.project.closed");
    }

    /** Planned: whoever prepares projects; in progress: the manager; afterwards nobody. */
    private Optional<Refusal> editor(Actor by) {
        return open().or(() -> state == ProjectState.PLANNED ? preparer(by) : manager(by));
    }

    private Optional<Refusal> process() {
        return processCode().isPresent() ? Optional.empty() : Refusal.because("rule.efficiency.project.no-process");
    }

    private Optional<Refusal> complete() {
        return !indicators().isEmpty() && indicators().stream().allMatch(EfficiencyIndicator::isComplete)
                ? Optional.empty() : Refusal.because("rule.efficiency.project.values-required");
    }

    private OptimizationProject with(ProjectDraft newDraft, ProjectState newState, Optional<LocalDate> landed,
                                     Optional<UUID> report) {
        return new OptimizationProject(id, newDraft, newState, landed, report, preparedBy, createdAt, version);
    }

    /** The same project with another version: what a store hands back after saving. */
    public OptimizationProject withVersion(long newVersion) {
        return new OptimizationProject(id, draft, state, landedOn, acceptanceReport, preparedBy, createdAt,
                newVersion);
    }
}
