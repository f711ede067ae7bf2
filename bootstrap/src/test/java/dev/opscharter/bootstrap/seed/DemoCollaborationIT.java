package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.organization.DepartmentCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's collaboration on PostgreSQL: meetings with their items, the project, the promotion, the conflicts. */
@OpsCharterSpringTest
class DemoCollaborationIT {

    @Autowired
    MeetingQueries meetings;
    @Autowired
    ProjectQueries projects;
    @Autowired
    ConflictQueries conflicts;
    @Autowired
    WorkItems workItems;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Clock clock;

    private MeetingSeries series(Class<? extends Recurrence> recurrence) {
        return DemoMeetings.defaults(SystemTasks.asSystem(() -> meetings.series())).stream()
                .filter(s -> recurrence.isInstance(s.recurrence())).findFirst().orElseThrow();
    }

    /** The series' meetings, oldest first: the database is shared, so other tests' meetings may follow the demo's. */
    private List<Meeting> of(MeetingSeries series) {
        return SystemTasks.asSystem(() -> meetings.meetings(PageRequest.first(PageRequest.MAX_LIMIT))).stream()
                .filter(m -> m.series().equals(series.id()))
                .sorted(Comparator.comparing(Meeting::scheduledAt)).toList();
    }

    /** The demo's meetings held: those before now (the tests hold only meetings ahead of it in the default series). */
    private List<Meeting> held(MeetingSeries series) {
        return of(series).stream().filter(m -> m.scheduledAt().isBefore(clock.instant())).toList();
    }

    private WorkItem item(MeetingSeries series, String dutyType) {
        return held(series).stream().flatMap(m -> m.actionItems().stream())
                .filter(i -> i.dutyType().code().equals(dutyType)).findFirst().map(this::workItem).orElseThrow();
    }

    private WorkItem workItem(ActionItem item) {
        return workItems.byId(item.workItem().orElseThrow()).orElseThrow();
    }

    @Test
    void the_weekly_meetings_of_the_last_weeks_are_minuted_and_the_next_one_carries_what_is_still_open() {
        var series = series(Recurrence.Weekly.class);
        var held = held(series);
        assertThat(held).hasSize(DemoMeetings.WEEKLY.size());
        assertThat(held).allSatisfy(m -> {
            assertThat(m.minutes()).isNotBlank();
            assertThat(m.decisions()).isNotEmpty();
            assertThat(m.actionItems()).isNotEmpty().allSatisfy(item -> assertThat(item.workItem()).isPresent());
        });

        var next = of(series).get(held.size());
        var open = SystemTasks.asSystem(() -> meetings.openItems(next.id()));
        assertThat(open).extracting(ActionItem::owner).contains(new DepartmentCode("HR"),
                new DepartmentCode("FRONTLINE"), new DepartmentCode("OPERATIONS"));
        assertThat(open).allSatisfy(item -> assertThat(workItem(item).status().isClosed()).isFalse());
        var done = held.stream().flatMap(m -> m.actionItems().stream())
                .filter(item -> workItem(item).status() == WorkItemStatus.DONE).toList();
        assertThat(done).isNotEmpty();
        assertThat(next.carried()).extracting(ActionItem::id).doesNotContainAnyElementsOf(
                done.stream().map(ActionItem::id).toList());
    }

    @Test
    void an_item_for_it_is_redirected_by_the_charter_and_finished_by_its_lead_the_budget_change_signed_off_by_finance() {
        var weekly = series(Recurrence.Weekly.class);

        var forIt = item(weekly, "SYSTEM_DEVELOPMENT");
        assertThat(forIt.decision()).isInstanceOf(BoundaryDecision.Redirect.class);
        assertThat(forIt.status()).isEqualTo(WorkItemStatus.DONE);
        var forHr = item(weekly, "RECRUITING");
        assertThat(forHr.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        var budget = item(series(Recurrence.Monthly.class), "BUDGET_APPROVAL");
        assertThat(budget.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(budget.signOff()).hasValueSatisfying(s -> assertThat(s.approved()).isTrue());
    }

    @Test
    void the_promotion_has_one_milestone_overdue_the_satisfaction_project_three_departments_parts() {
        var overdue = SystemTasks.asSystem(() -> projects.overdueMilestones());

        assertThat(overdue).filteredOn(o -> o.project().name().equals(DemoCollaboration.PROMOTION)).singleElement()
                .satisfies(o -> {
                    assertThat(o.project().kind().isLaunch()).isTrue();
                    assertThat(o.milestone().daysOverdue(calendar.today())).isEqualTo(DemoCollaboration.OVERDUE_DAYS);
                });
        var satisfaction = SystemTasks.asSystem(() -> projects.projects(PageRequest.first(PageRequest.MAX_LIMIT))).stream()
                .filter(p -> p.name().equals(DemoCollaboration.SATISFACTION)).findFirst().orElseThrow();
        assertThat(satisfaction.departments()).containsExactlyInAnyOrder(new DepartmentCode("MARKETING"),
                new DepartmentCode("SALES"), new DepartmentCode("CUSTOMER_SERVICE"));
        assertThat(satisfaction.overdueMilestones(calendar.today())).isEmpty();
    }

    @Test
    void of_two_conflicts_sales_and_service_is_settled_by_the_standing_plan_finance_and_operations_is_open() {
        var all = SystemTasks.asSystem(() -> conflicts.conflicts(PageRequest.first(PageRequest.MAX_LIMIT)));
        var plan = SystemTasks.asSystem(() -> conflicts.plans()).stream()
                .filter(p -> p.name().equals(DemoCollaboration.CUSTOMER_NEED_PLAN)).map(ResolutionPlan::id)
                .findFirst().orElseThrow();

        var promise = conflict(all, DemoCollaboration.PROMISE);
        assertThat(promise.parties()).containsExactlyInAnyOrder(new DepartmentCode("SALES"), new DepartmentCode("CUSTOMER_SERVICE"));
        assertThat(promise.resolution()).hasValueSatisfying(r -> {
            assertThat(r.plan()).contains(plan);
            assertThat(r.agreedBy()).hasSize(2);
        });
        assertThat(promise.followUps()).singleElement().satisfies(f -> assertThat(f.workItem()).isPresent());
        var costs = conflict(all, DemoCollaboration.COST_BASIS);
        assertThat(costs.parties()).containsExactlyInAnyOrder(new DepartmentCode("FINANCE"), new DepartmentCode("OPERATIONS"));
        assertThat(costs.isResolved()).isFalse();
    }

    private static Conflict conflict(List<Conflict> all, String matter) {
        return all.stream().filter(c -> c.matter().equals(matter)).findFirst().orElseThrow();
    }
}
