package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.CollaborationOverview.ProjectMilestone;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.shared.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.opscharter.application.collaboration.service.CollaborationFixture.FINANCE;
import static dev.opscharter.application.collaboration.service.CollaborationFixture.HR;
import static dev.opscharter.application.collaboration.service.CollaborationFixture.IT;
import static dev.opscharter.application.collaboration.service.CollaborationFixture.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollaborationOverviewServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    final CollaborationFixture f = new CollaborationFixture();

    /** Finance's meeting scheduled and held, with one item for Finance (late) and one for IT (not yet due). */
    void financeMeetingWithItems() {
        var meeting = f.scheduled(f.financeMonthly());
        f.charter.actAs(f.charter.specialist);
        var version = f.stored(meeting).version();
        f.meetingService.recordMinutes(meeting, "五月成本已对账", List.of(), version);
        f.meetingService.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(FINANCE, "说明四月差异",
                TODAY.minusDays(2), "CROSS_DEPARTMENT_COORDINATION"), f.stored(meeting).version());
        f.meetingService.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(IT, "上线费用分摊报表",
                TODAY.plusDays(20), "SYSTEM_DEVELOPMENT"), f.stored(meeting).version());
    }

    void projectWithMilestones() {
        f.charter.actAs(f.charter.manager);
        var service = f.projectService;
        var project = service.start(RequestKey.fresh(), ProjectKind.PROJECT, "成本分摊", "分摊口径统一",
                TODAY.minusDays(30));
        service.assign(project, FINANCE, "核对口径", f.projects.byId(project).orElseThrow().version());
        service.assign(project, IT, "开发报表", f.projects.byId(project).orElseThrow().version());
        service.addMilestone(project, "口径确认", FINANCE, TODAY.minusDays(1),
                f.projects.byId(project).orElseThrow().version());
        service.addMilestone(project, "报表上线", IT, TODAY.plusDays(5), f.projects.byId(project).orElseThrow().version());
    }

    @Test
    void a_lead_sees_the_coming_meeting_the_items_milestones_and_conflicts_of_their_department_only() {
        financeMeetingWithItems();
        projectWithMilestones();
        f.charter.actAs(f.charter.manager);
        f.conflictService.record(RequestKey.fresh(), Set.of(FINANCE, OPERATIONS), "成本核算口径不一致");
        f.conflictService.record(RequestKey.fresh(), Set.of(HR, OPERATIONS), "排班规则");

        f.charter.actAs(f.charter.financeLead);
        var finance = f.overview.myDepartment().orElseThrow();

        assertThat(finance.department()).isEqualTo(FINANCE);
        assertThat(finance.nextMeetings()).extracting(Meeting::title).containsExactly("财务月度对账会");
        assertThat(finance.openItems()).extracting(ActionItem::title).containsExactly("说明四月差异");
        assertThat(finance.milestones()).extracting(m -> m.milestone().title()).containsExactly("口径确认");
        assertThat(finance.conflicts()).extracting(Conflict::matter).containsExactly("成本核算口径不一致");

        f.charter.actAs(f.charter.itLead);
        var it = f.overview.myDepartment().orElseThrow();
        assertThat(it.nextMeetings()).as("IT does not take part in Finance's meeting").isEmpty();
        assertThat(it.openItems()).extracting(ActionItem::title).containsExactly("上线费用分摊报表");
        assertThat(it.milestones()).extracting(m -> m.milestone().title()).containsExactly("报表上线");
        assertThat(it.conflicts()).isEmpty();
    }

    @Test
    void the_manager_sees_what_is_past_due_across_departments_and_a_lead_may_not() {
        financeMeetingWithItems();
        projectWithMilestones();
        f.charter.actAs(f.charter.manager);
        f.conflictService.record(RequestKey.fresh(), Set.of(FINANCE, OPERATIONS), "成本核算口径不一致");

        var overdue = f.overview.overdue();

        assertThat(overdue.items()).extracting(ActionItem::title).containsExactly("说明四月差异");
        assertThat(overdue.milestones()).extracting(ProjectMilestone::milestone)
                .extracting(m -> m.title()).containsExactly("口径确认");
        assertThat(overdue.conflicts()).hasSize(1);
        assertThat(overdue.isEmpty()).isFalse();

        f.charter.actAs(f.charter.financeLead);
        assertThatThrownBy(f.overview::overdue).isInstanceOf(AccessDenied.class);
    }

    @Test
    void nothing_recorded_is_an_empty_view_and_someone_without_a_department_has_none() {
        f.charter.actAs(f.charter.financeLead);
        var empty = f.overview.myDepartment().orElseThrow();
        assertThat(empty.nextMeetings()).isEmpty();
        assertThat(empty.openItems()).isEmpty();
        assertThat(empty.milestones()).isEmpty();
        assertThat(empty.conflicts()).isEmpty();

        f.charter.actAs(Actor.SCHEDULE);
        assertThat(f.overview.myDepartment()).isEmpty();
        f.charter.org.clock.set(Instant.parse("2026-05-14T02:00:00Z"));
        f.charter.actAs(f.charter.manager);
        assertThat(f.overview.overdue().isEmpty()).isTrue();
    }
}
