package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cross-department project (e.g. customer satisfaction: Marketing researches, Sales contacts customers, Customer
 * Service improves) or a key launch or event: each department's responsibility, and milestones owned by those
 * departments. Overdue milestones are what the escalation raises, as it does for overdue corrective actions.
 */
public record CrossDepartmentProject(CrossDepartmentProjectId id, ProjectKind kind, String name, String goal,
                                     LocalDate startsOn, List<Responsibility> responsibilities,
                                     List<Milestone> milestones, ProjectStatus status, String createdBy,
                                     Instant createdAt, long version) {

    public static final int MAX_NAME = 150;
    public static final int MAX_GOAL = 2000;

    public CrossDepartmentProject {
        Objects.requireNonNull(id, "id");
        Require.present(kind, "kind");
        name = Require.text(name, "name", MAX_NAME);
        goal = Require.text(goal, "goal", MAX_GOAL);
        BusinessDate.check(Require.present(startsOn, "startsOn"), "startsOn");
        responsibilities = List.copyOf(responsibilities);
        milestones = milestones.stream().sorted(Comparator.comparing(Milestone::dueOn)).toList();
        Objects.requireNonNull(status, "status");
        createdBy = Require.text(createdBy, "createdBy", 100);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static CrossDepartmentProject start(ProjectKind kind, String name, String goal, LocalDate startsOn,
                                               Actor by, Instant at) {
        Refusal.enforce(Guards.manager(by));
        return new CrossDepartmentProject(CrossDepartmentProjectId.random(), kind, name, goal, startsOn, List.of(),
                List.of(), ProjectStatus.ACTIVE, by.name(), at, 0);
    }

    public CrossDepartmentProject withVersion(long next) {
        return new CrossDepartmentProject(id, kind, name, goal, startsOn, responsibilities, milestones, status,
                createdBy, createdAt, next);
    }

    public List<DepartmentCode> departments() {
        return responsibilities.stream().map(Responsibility::department).toList();
    }

    public boolean involves(DepartmentCode department) {
        return departments().contains(department);
    }

    /** The milestones past their due day and not done, earliest first; none once the project is finished. */
    public List<Milestone> overdueMilestones(LocalDate today) {
        return status.isFinished() ? List.of() : milestones.stream().filter(m -> m.isOverdue(today)).toList();
    }

    // ---- steps

    public List<Step<ProjectStep>> allowedSteps(Actor by) {
        if (!by.may(CollaborationPermission.MANAGE)) {
            return List.of();
        }
        return List.of(ProjectStep.values()).stream().map(step -> Step.of(step, guard(step, by))).toList();
    }

    public void requireStep(ProjectStep step, Actor by) {
        Refusal.enforce(guard(step, by));
    }

    // ---- transitions

    /** Sets the department's part, replacing the one it had. */
    public CrossDepartmentProject assign(Responsibility responsibility, Actor by) {
        requireStep(ProjectStep.ASSIGN_RESPONSIBILITY, by);
        var next = new ArrayList<Responsibility>();
        responsibilities.stream().filter(r -> !r.department().equals(responsibility.department())).forEach(next::add);
        next.add(responsibility);
        return with(next, milestones, status);
    }

    public CrossDepartmentProject addMilestone(Milestone milestone, Actor by) {
        requireStep(ProjectStep.ADD_MILESTONE, by);
        if (!involves(milestone.owner())) {
            throw Refusal.of("rule.collaboration.owner-without-part", milestone.owner().value()).violation();
        }
        if (milestone.dueOn().isBefore(startsOn)) {
            throw Refusal.of("rule.collaboration.milestone-before-start", startsOn).violation();
        }
        var next = new ArrayList<>(milestones);
        next.add(milestone);
        return with(responsibilities, next, status);
    }

    public CrossDepartmentProject completeMilestone(MilestoneId milestone, LocalDate on, Actor by) {
        requireStep(ProjectStep.COMPLETE_MILESTONE, by);
        var found = milestones.stream().filter(m -> m.id().equals(milestone)).findFirst()
                .orElseThrow(() -> Refusal.of("rule.collaboration.no-such-milestone").violation());
        if (found.isDone()) {
            throw Refusal.of("rule.collaboration.milestone-done", found.title()).violation();
        }
        var done = found.done(BusinessDate.check(on, "doneOn"));
        return with(responsibilities, milestones.stream().map(m -> m == found ? done : m).toList(), status);
    }

    public CrossDepartmentProject complete(Actor by) {
        requireStep(ProjectStep.COMPLETE, by);
        return with(responsibilities, milestones, ProjectStatus.COMPLETED);
    }

    public CrossDepartmentProject cancel(Actor by) {
        requireStep(ProjectStep.CANCEL, by);
        return with(responsibilities, milestones, ProjectStatus.CANCELLED);
    }

    private CrossDepartmentProject with(List<Responsibility> parts, List<Milestone> steps, ProjectStatus next) {
        return new CrossDepartmentProject(id, kind, name, goal, startsOn, parts, steps, next, createdBy, createdAt,
                version);
    }

    // ---- guards

    private Optional<Refusal> guard(ProjectStep step, Actor by) {
        var active = Guards.manager(by).or(() -> status.isFinished()
                ? Refusal.because("rule.collaboration.project-finished") : Optional.empty());
        return switch (step) {
            case ASSIGN_RESPONSIBILITY, CANCEL -> active;
            case ADD_MILESTONE -> active.or(() -> responsibilities.isEmpty()
                    ? Refusal.because("rule.collaboration.no-parts") : Optional.empty());
            case COMPLETE_MILESTONE -> active.or(() -> milestones.stream().allMatch(Milestone::isDone)
                    ? Refusal.because("rule.collaboration.no-open-milestone") : Optional.empty());
            case COMPLETE -> active.or(() -> milestones.stream().anyMatch(m -> !m.isDone())
                    ? Refusal.because("rule.collaboration.milestones-open") : Optional.empty());
        };
    }

    /** The project's fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("kind", kind.name());
        snapshot.put("name", name);
        snapshot.put("goal", goal);
        snapshot.put("startsOn", startsOn.toString());
        snapshot.put("responsibilities", String.join("; ",
                responsibilities.stream().map(r -> r.department() + ": " + r.duty()).toList()));
        snapshot.put("milestones", String.join("; ", milestones.stream().map(m -> m.owner() + ": " + m.title()
                + " (" + m.dueOn() + m.doneOn().map(d -> ", done " + d).orElse("") + ")").toList()));
        snapshot.put("status", status.name());
        return snapshot;
    }
}
