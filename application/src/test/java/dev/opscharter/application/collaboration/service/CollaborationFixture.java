package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.organization.service.ActorsDepartment;
import dev.opscharter.application.collaboration.fakes.InMemoryConflicts;
import dev.opscharter.application.collaboration.fakes.InMemoryCrossDepartmentProjects;
import dev.opscharter.application.collaboration.fakes.InMemoryMeetings;
import dev.opscharter.application.collaboration.fakes.InMemoryRecurringMeetings;
import dev.opscharter.application.collaboration.fakes.InMemoryResolutionPlans;
import dev.opscharter.application.collaboration.port.in.ManageMeetings.NewSeries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;

import java.time.LocalTime;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collaboration on its in-memory fakes over the charter fixture (its people: manager, specialist, director, the
 * leads of IT, HR and Finance, auditor; its clock: Thursday 14 May 2026 10:00 in Shanghai, the organization's zone).
 */
final class CollaborationFixture {

    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");
    static final DepartmentCode IT = new DepartmentCode("IT");
    static final DepartmentCode HR = new DepartmentCode("HR");
    static final DepartmentCode OPERATIONS = new DepartmentCode("OPERATIONS");

    final CharterFixture charter = new CharterFixture();
    final InMemoryRecurringMeetings series = new InMemoryRecurringMeetings();
    final InMemoryMeetings meetings = new InMemoryMeetings();
    final ActionItemWork work = new ActionItemWork(charter.workItemService(), charter.workItems,
            charter.org.processedRequests, charter.org.useCase);
    final InMemoryConflicts conflicts = new InMemoryConflicts();
    final InMemoryResolutionPlans plans = new InMemoryResolutionPlans();
    final ConflictService conflictService = new ConflictService(conflicts, plans, work, charter.org.useCase);
    final InMemoryCrossDepartmentProjects projects = new InMemoryCrossDepartmentProjects();
    final ProjectService projectService = new ProjectService(projects, charter.org.useCase);
    final MeetingService meetingService = new MeetingService(series, meetings, work,
            new MeetingNotices(charter.notifications, contacts()),
            charter.org.processedRequests, charter.org.useCase);

    final CollaborationOverviewService overview = new CollaborationOverviewService(series, meetings, projects,
            conflicts, work, new ActorsDepartment(charter.org.accounts, charter.org.people), charter.org.departments,
            charter.org.useCase);

    DepartmentContacts contacts() {
        return new DepartmentContacts(charter.org.people, charter.org.accounts, charter.org.departments);
    }

    /** Finance's monthly meeting on the 5th at 14:00, set up by the manager. */
    MeetingSeriesId financeMonthly() {
        return as(charter.manager, () -> meetingService.setUp(RequestKey.fresh(), new NewSeries("财务月度对账会",
                "核对运营成本", Set.of(FINANCE), new Recurrence.Monthly(5, LocalTime.of(14, 0)))));
    }

    MeetingId scheduled(MeetingSeriesId id) {
        return as(Actor.SCHEDULE, () -> meetingService.scheduleNext(id)).orElseThrow();
    }

    <T> T as(Actor someone, Supplier<T> work) {
        var me = charter.org.actor.get();
        charter.actAs(someone);
        try {
            return work.get();
        } finally {
            charter.actAs(me);
        }
    }

    Meeting stored(MeetingId id) {
        return meetings.byId(id).orElseThrow();
    }
}
