package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.CollaborationOverview;
import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.service.ActorsDepartment;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.ActionItemId;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Role;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dev.opscharter.domain.collaboration.CollaborationPermission.MANAGE;
import static dev.opscharter.domain.collaboration.CollaborationPermission.READ;

/**
 * The home page's collaboration card, from bounded reads only: the running series (a handful), each one's latest
 * meeting (which carries every item still open), the running projects and the unresolved conflicts.
 */
public final class CollaborationOverviewService implements CollaborationOverview {

    private static final Comparator<ActionItem> BY_DUE = Comparator.comparing(ActionItem::dueOn);

    private final RecurringMeetings series;
    private final Meetings meetings;
    private final CrossDepartmentProjects projects;
    private final Conflicts conflicts;
    private final ActionItemWork work;
    private final ActorsDepartment departmentOf;
    private final Departments departments;
    private final UseCase uc;

    public CollaborationOverviewService(RecurringMeetings series, Meetings meetings, CrossDepartmentProjects projects,
                                        Conflicts conflicts, ActionItemWork work, ActorsDepartment departmentOf,
                                        Departments departments, UseCase uc) {
        this.series = series;
        this.meetings = meetings;
        this.projects = projects;
        this.conflicts = conflicts;
        this.work = work;
        this.departmentOf = departmentOf;
        this.departments = departments;
        this.uc = uc;
    }

    @Override
    public Optional<DepartmentView> myDepartment() {
        return uc.read(READ, me -> me.roles().contains(Role.DEPARTMENT_LEAD)
                ? departmentOf.of(me).flatMap(departments::byId).map(Department::code).map(this::viewOf)
                : Optional.<DepartmentView>empty());
    }

    @Override
    public Overdue overdue() {
        return uc.read(MANAGE, () -> {
            var today = uc.calendar().today();
            var unresolved = conflicts.unresolved();
            var items = openItems(latestMeetings().values(), unresolved).stream()
                    .filter(item -> item.dueOn().isBefore(today)).toList();
            var late = milestones(milestone -> milestone.isOverdue(today));
            return new Overdue(today, items, late, unresolved);
        });
    }

    private DepartmentView viewOf(DepartmentCode department) {
        var now = uc.calendar().now();
        var latest = latestMeetings();
        var next = latest.entrySet().stream()
                .filter(each -> each.getKey().active() && each.getKey().departments().contains(department))
                .map(Map.Entry::getValue)
                .filter(meeting -> !meeting.scheduledAt().isBefore(now))
                .sorted(Comparator.comparing(Meeting::scheduledAt)).toList();
        var unresolved = conflicts.unresolved();
        var items = openItems(latest.values(), unresolved).stream()
                .filter(item -> item.owner().equals(department)).toList();
        var mine = milestones(milestone -> !milestone.isDone() && milestone.owner().equals(department));
        var involved = unresolved.stream().filter(conflict -> conflict.involves(department)).toList();
        return new DepartmentView(uc.calendar().today(), department, next, items, mine, involved);
    }

    /** Each series with its latest meeting, the one that carries every item still open; read once per view. */
    private Map<MeetingSeries, Meeting> latestMeetings() {
        var latest = new LinkedHashMap<MeetingSeries, Meeting>();
        series.all().forEach(each -> meetings.latestOf(each.id()).ifPresent(meeting -> latest.put(each, meeting)));
        return latest;
    }

    /** Every open item once: those of the series' latest meetings (carried ones included) and of the conflicts. */
    private List<ActionItem> openItems(Collection<Meeting> latest, List<Conflict> unresolved) {
        var fromMeetings = latest.stream().flatMap(meeting -> meeting.openItems(work::isOpen).stream());
        var fromConflicts = unresolved.stream().flatMap(conflict -> conflict.followUps().stream())
                .filter(item -> item.isOpen(work::isOpen));
        var once = new LinkedHashMap<ActionItemId, ActionItem>();
        Stream.concat(fromMeetings, fromConflicts).forEach(item -> once.putIfAbsent(item.id(), item));
        return once.values().stream().sorted(BY_DUE).toList();
    }

    private List<ProjectMilestone> milestones(Predicate<Milestone> wanted) {
        return projects.active().stream()
                .flatMap(project -> project.milestones().stream().filter(wanted)
                        .map(milestone -> new ProjectMilestone(project, milestone)))
                .sorted(Comparator.comparing((ProjectMilestone each) -> each.milestone().dueOn()))
                .toList();
    }
}
