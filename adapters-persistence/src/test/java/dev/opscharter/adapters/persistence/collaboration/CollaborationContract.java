package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.collaboration.port.out.ResolutionPlans;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingStatus;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStatus;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.collaboration.Responsibility;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the collaboration stores do, the in-memory fakes as much as PostgreSQL. The database is shared by the tests
 * and never emptied: each test names its records with a tag of its own, and what it pages it puts at the head of
 * the list (after the newest record there is), so its page is its own. Departments are default ones (V2), which
 * the database's foreign keys know.
 */
abstract class CollaborationContract {

    protected abstract RecurringMeetings series();

    protected abstract Meetings meetings();

    protected abstract CrossDepartmentProjects projects();

    protected abstract MilestoneEscalationLog log();

    protected abstract Conflicts conflicts();

    protected abstract ResolutionPlans plans();

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");
    static final DepartmentCode SALES = new DepartmentCode("SALES");
    static final DepartmentCode MARKETING = new DepartmentCode("MARKETING");
    static final DepartmentCode SERVICE = new DepartmentCode("CUSTOMER_SERVICE");
    static final DepartmentCode IT = new DepartmentCode("IT");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** Whole seconds, as PostgreSQL keeps them. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private MeetingSeries storedSeries(String title, Recurrence recurrence, DepartmentCode... departments) {
        return series().save(MeetingSeries.create(title + " " + tag, "业务进展",
                new LinkedHashSet<>(List.of(departments)), recurrence, MANAGER));
    }

    private static ActionItem item(DepartmentCode owner, String title, String dutyType) {
        return ActionItem.of(owner, title, LocalDate.of(2026, 6, 30), new DutyType(dutyType));
    }

    // ---- series

    @Test
    void a_series_is_stored_rescheduled_and_ended_at_its_version_only() {
        var saved = storedSeries("销售市场周会", new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(10, 0)), SALES,
                MARKETING);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(series().byId(saved.id())).contains(saved);
        assertThat(series().byId(saved.id()).orElseThrow().departments()).containsExactly(SALES, MARKETING);

        var monthly = series().save(saved.reschedule(new Recurrence.Monthly(31, LocalTime.of(14, 30)), MANAGER));
        var ended = series().save(monthly.end(MANAGER));

        assertThat(ended.version()).isEqualTo(3);
        assertThat(series().byId(saved.id())).contains(ended);
        assertThat(ended.active()).isFalse();
        assertThatThrownBy(() -> series().save(monthly)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> series().save(saved.withVersion(0))).isInstanceOf(ConcurrentModification.class);
        assertThat(series().byId(saved.id())).contains(ended);
    }

    @Test
    void every_series_is_listed_by_title_the_ended_ones_too() {
        var finance = storedSeries("B 财务月会", new Recurrence.Monthly(5, LocalTime.of(14, 0)), FINANCE);
        var ended = series().save(storedSeries("A 已结束", new Recurrence.Weekly(DayOfWeek.FRIDAY,
                LocalTime.of(9, 0)), IT).end(MANAGER));
        var sales = storedSeries("C 销售周会", new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(10, 0)), SALES);

        assertThat(series().all()).filteredOn(s -> s.title().endsWith(tag)).containsExactly(ended, finance, sales);
    }

    // ---- meetings

    @Test
    void a_meeting_keeps_its_agenda_minutes_decisions_and_items_and_changes_at_its_version_only() {
        var monthly = storedSeries("财务月会", new Recurrence.Monthly(5, LocalTime.of(14, 0)), FINANCE);
        var saved = meetings().save(Meeting.schedule(monthly, now, Optional.empty(), workItem -> true));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(meetings().byId(saved.id())).contains(saved);

        var agenda = meetings().save(saved.addToAgenda("五月成本差异", MANAGER));
        var first = item(FINANCE, "说明五月差异", "BUDGET_APPROVAL");
        var second = item(IT, "上线分摊报表", "SYSTEM_DEVELOPMENT");
        var held = agenda.recordMinutes("差异 3%，来自促销", List.of("促销费用单列", "下月复核"), MANAGER)
                .addActionItem(first, MANAGER).registered(first.id(), WorkItemId.random())
                .addActionItem(second, MANAGER);
        var stored = meetings().save(held);
        var registered = meetings().save(stored.registered(second.id(), WorkItemId.random()).close(MANAGER));

        assertThat(registered.version()).isEqualTo(4);
        var read = meetings().byId(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(registered);
        assertThat(read.agenda()).containsExactly("业务进展", "五月成本差异");
        assertThat(read.decisions()).containsExactly("促销费用单列", "下月复核");
        assertThat(read.actionItems()).extracting(ActionItem::title).containsExactly("说明五月差异", "上线分摊报表");
        assertThat(read.actionItems()).allSatisfy(a -> assertThat(a.workItem()).isPresent());
        assertThat(read.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThatThrownBy(() -> meetings().save(stored)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> meetings().save(saved.withVersion(0))).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void an_item_agreed_after_the_next_meeting_was_scheduled_is_kept_among_those_it_carries() {
        var monthly = storedSeries("财务月会补充", new Recurrence.Monthly(5, LocalTime.of(14, 0)), FINANCE);
        var earlier = item(FINANCE, "较早事项", "BUDGET_APPROVAL");
        var last = meetings().save(Meeting.schedule(monthly, now, Optional.empty(), w -> true)
                .recordMinutes("纪要", List.of(), MANAGER)
                .addActionItem(earlier, MANAGER).registered(earlier.id(), WorkItemId.random()));
        var next = meetings().save(Meeting.schedule(monthly, now.plus(Duration.ofDays(30)), Optional.of(last),
                w -> true));
        var later = item(IT, "会后补充", "SYSTEM_DEVELOPMENT");
        var withLater = meetings().save(last.addActionItem(later, MANAGER).registered(later.id(), WorkItemId.random()));

        var carried = meetings().save(next.carry(withLater.openItems(w -> true)));

        assertThat(carried.carried()).extracting(ActionItem::title).containsExactly("较早事项", "会后补充");
        assertThat(meetings().byId(next.id())).contains(carried);
    }

    @Test
    void the_next_meeting_carries_the_open_items_of_the_last_and_is_the_latest() {
        var monthly = storedSeries("财务月会", new Recurrence.Monthly(5, LocalTime.of(14, 0)), FINANCE);
        var done = item(IT, "已完成", "SYSTEM_DEVELOPMENT");
        var open = item(FINANCE, "仍未完成", "BUDGET_APPROVAL");
        var doneWork = WorkItemId.random();
        var last = meetings().save(Meeting.schedule(monthly, now, Optional.empty(), w -> true)
                .recordMinutes("纪要", List.of(), MANAGER)
                .addActionItem(done, MANAGER).registered(done.id(), doneWork)
                .addActionItem(open, MANAGER).registered(open.id(), WorkItemId.random()));
        assertThat(meetings().latestOf(monthly.id())).contains(last);

        var next = meetings().save(Meeting.schedule(monthly, now.plus(Duration.ofDays(30)),
                meetings().latestOf(monthly.id()), workItem -> !workItem.equals(doneWork)));
        var after = meetings().save(Meeting.schedule(monthly, now.plus(Duration.ofDays(60)), Optional.of(next),
                workItem -> true));

        assertThat(meetings().byId(next.id())).contains(next);
        assertThat(next.carried()).extracting(ActionItem::title).containsExactly("仍未完成");
        assertThat(meetings().byId(after.id()).orElseThrow().carried()).extracting(ActionItem::id)
                .containsExactly(open.id());
        assertThat(meetings().latestOf(monthly.id())).contains(after);
        assertThat(meetings().byId(last.id())).contains(last);
        assertThat(meetings().latestOf(storedSeries("无会议", new Recurrence.Monthly(1, LocalTime.NOON), SALES)
                .id())).isEmpty();
    }

    @Test
    void meetings_are_counted_and_paged_newest_first() {
        var top = meetings().page(PageRequest.first(1)).stream().map(Meeting::scheduledAt).findFirst().orElse(now);
        var weekly = storedSeries("销售周会", new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(10, 0)), SALES);
        long before = meetings().count();
        var older = meetings().save(Meeting.schedule(weekly, top.plus(Duration.ofHours(1)), Optional.empty(),
                w -> true));
        var newest = meetings().save(Meeting.schedule(weekly, top.plus(Duration.ofHours(3)), Optional.empty(),
                w -> true));
        var middle = meetings().save(Meeting.schedule(weekly, top.plus(Duration.ofHours(2)), Optional.empty(),
                w -> true));

        assertThat(meetings().count()).isEqualTo(before + 3);
        assertThat(meetings().page(PageRequest.first(3))).containsExactly(newest, middle, older);
        assertThat(meetings().page(new PageRequest(1, 1))).containsExactly(middle);
    }

    // ---- projects and the escalation log

    private CrossDepartmentProject started(String name, LocalDate startsOn) {
        return CrossDepartmentProject.start(ProjectKind.PROJECT, name + " " + tag, "客户满意度提升到 90%", startsOn,
                MANAGER, now);
    }

    @Test
    void a_project_keeps_its_parts_and_milestones_and_changes_at_its_version_only() {
        var startsOn = LocalDate.of(2026, 3, 1);
        var saved = projects().save(started("客户满意度提升", startsOn));
        assertThat(projects().byId(saved.id())).contains(saved);

        var report = Milestone.of("调研报告", MARKETING, LocalDate.of(2026, 4, 30));
        var visits = Milestone.of("客户回访", SALES, LocalDate.of(2026, 4, 30));
        var kickoff = Milestone.of("启动会", MARKETING, LocalDate.of(2026, 3, 10));
        var planned = projects().save(saved
                .assign(new Responsibility(MARKETING, "用户调研"), MANAGER)
                .assign(new Responsibility(SALES, "客户联络"), MANAGER)
                .assign(new Responsibility(SERVICE, "服务改进"), MANAGER)
                .assign(new Responsibility(SALES, "重点客户回访"), MANAGER)
                .addMilestone(report, MANAGER).addMilestone(visits, MANAGER).addMilestone(kickoff, MANAGER));
        var progressed = projects().save(planned.completeMilestone(kickoff.id(), LocalDate.of(2026, 3, 9), MANAGER));

        var read = projects().byId(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(progressed);
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.milestones()).extracting(Milestone::title).containsExactly("启动会", "调研报告", "客户回访");
        assertThat(read.milestones().getFirst().doneOn()).contains(LocalDate.of(2026, 3, 9));
        assertThat(read.responsibilities()).extracting(Responsibility::duty).contains("重点客户回访")
                .doesNotContain("客户联络").hasSize(3);
        assertThat(read.overdueMilestones(LocalDate.of(2026, 5, 1))).extracting(Milestone::title)
                .containsExactly("调研报告", "客户回访");
        assertThatThrownBy(() -> projects().save(planned)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> projects().save(saved.withVersion(0))).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void the_running_projects_are_active_the_finished_ones_not() {
        var day = LocalDate.of(2026, 5, 1);
        var running = projects().save(started("进行中", day));
        var cancelled = projects().save(projects().save(started("已取消", day)).cancel(MANAGER));
        var completed = projects().save(projects().save(started("已完成", day)).complete(MANAGER));

        var ours = projects().active().stream().filter(p -> p.name().endsWith(tag)).toList();
        assertThat(ours).containsExactly(running);
        assertThat(projects().byId(cancelled.id()).orElseThrow().status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(projects().byId(completed.id()).orElseThrow().status()).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void projects_are_counted_and_paged_by_start_latest_first() {
        var top = projects().page(PageRequest.first(1)).stream().map(CrossDepartmentProject::startsOn).findFirst()
                .orElse(LocalDate.of(2026, 1, 1));
        long before = projects().count();
        var older = projects().save(started("较早", top.plusDays(1)));
        var latest = projects().save(started("最新", top.plusDays(3)));
        var middle = projects().save(started("居中", top.plusDays(2)));

        assertThat(projects().count()).isEqualTo(before + 3);
        assertThat(projects().page(PageRequest.first(3))).containsExactly(latest, middle, older);
        assertThat(projects().page(new PageRequest(2, 5)).getFirst()).isEqualTo(older);
    }

    @Test
    void a_milestone_escalation_is_marked_once_per_person_and_day() {
        var milestone = Milestone.of("预算获批", FINANCE, LocalDate.of(2026, 5, 10));
        var other = Milestone.of("结算确认", FINANCE, LocalDate.of(2026, 5, 20));
        projects().save(started("大促", LocalDate.of(2026, 5, 1))
                .assign(new Responsibility(FINANCE, "预算"), MANAGER)
                .addMilestone(milestone, MANAGER).addMilestone(other, MANAGER));
        var day = LocalDate.of(2026, 5, 14);

        assertThat(log().markSent(milestone.id(), "finance.lead", day)).isTrue();
        assertThat(log().markSent(milestone.id(), "finance.lead", day)).isFalse();
        assertThat(log().markSent(milestone.id(), "manager", day)).isTrue();
        assertThat(log().markSent(milestone.id(), "finance.lead", day.plusDays(1))).isTrue();
        assertThat(log().markSent(other.id(), "finance.lead", day)).isTrue();
    }

    // ---- conflicts and plans

    private ResolutionPlan storedPlan(String name) {
        return plans().save(ResolutionPlan.adopt(name + " " + tag, "销售与客服对客户需求有分歧",
                "以客户书面需求为准，运营两个工作日内仲裁", MANAGER));
    }

    @Test
    void a_conflict_keeps_its_resolution_by_plan_and_its_follow_ups_and_changes_at_its_version_only() {
        var saved = conflicts().save(Conflict.record(Set.of(SALES, SERVICE), "客户需求分歧 " + tag, MANAGER, now));
        assertThat(conflicts().byId(saved.id())).contains(saved);
        assertThat(saved.resolution()).isEmpty();

        var plan = storedPlan("客户需求仲裁");
        var followUp = item(SERVICE, "整理客户书面需求", "CROSS_DEPARTMENT_COORDINATION");
        var resolved = conflicts().save(saved.apply(plan, List.of("陈立华", "马超"), MANAGER, now.plusSeconds(60))
                .addFollowUp(followUp, MANAGER).registered(followUp.id(), WorkItemId.random()));

        var read = conflicts().byId(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(resolved);
        assertThat(read.parties()).containsExactlyInAnyOrder(SALES, SERVICE);
        assertThat(read.resolution()).hasValueSatisfying(r -> {
            assertThat(r.plan()).contains(plan.id());
            assertThat(r.text()).isEqualTo(plan.approach());
            assertThat(r.agreedBy()).containsExactly("陈立华", "马超");
        });
        assertThat(read.followUps()).singleElement().satisfies(f -> assertThat(f.workItem()).isPresent());
        assertThatThrownBy(() -> conflicts().save(saved)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> conflicts().save(saved.withVersion(0))).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_conflict_resolved_by_agreement_names_no_plan() {
        var saved = conflicts().save(Conflict.record(Set.of(FINANCE, new DepartmentCode("OPERATIONS")),
                "成本核算口径 " + tag, MANAGER, now));

        var resolved = conflicts().save(saved.resolve("按财务口径，运营另出管理报表", List.of("何丽"), MANAGER, now));

        assertThat(conflicts().byId(saved.id())).contains(resolved);
        assertThat(resolved.resolution().orElseThrow().plan()).isEmpty();
    }

    @Test
    void conflicts_are_counted_and_paged_newest_first() {
        var top = conflicts().page(PageRequest.first(1)).stream().map(Conflict::raisedAt).findFirst().orElse(now);
        long before = conflicts().count();
        var older = conflicts().save(Conflict.record(Set.of(SALES, SERVICE), "较早 " + tag, MANAGER,
                top.plusSeconds(1)));
        var newest = conflicts().save(Conflict.record(Set.of(SALES, SERVICE), "最新 " + tag, MANAGER,
                top.plusSeconds(3)));
        var middle = conflicts().save(Conflict.record(Set.of(SALES, SERVICE), "居中 " + tag, MANAGER,
                top.plusSeconds(2)));

        assertThat(conflicts().count()).isEqualTo(before + 3);
        assertThat(conflicts().page(PageRequest.first(3))).containsExactly(newest, middle, older);
        assertThat(conflicts().page(new PageRequest(1, 1))).containsExactly(middle);
    }

    @Test
    void the_unresolved_conflicts_are_listed_oldest_first_with_their_follow_ups() {
        var later = conflicts().save(Conflict.record(Set.of(SALES, SERVICE), "未决较晚 " + tag, MANAGER,
                now.plusSeconds(2)));
        var earlier = conflicts().save(Conflict.record(Set.of(FINANCE, SERVICE), "未决较早 " + tag, MANAGER,
                now.plusSeconds(1)));
        var settled = conflicts().save(Conflict.record(Set.of(SALES, SERVICE), "已决 " + tag, MANAGER, now));
        conflicts().save(settled.resolve("按客服口径", List.of("马超"), MANAGER, now.plusSeconds(5)));

        var mine = conflicts().unresolved().stream().filter(c -> c.matter().endsWith(tag)).toList();

        assertThat(mine).containsExactly(earlier, later);
    }

    @Test
    void the_plans_are_listed_by_name_the_retired_ones_too_and_change_at_their_version_only() {
        var second = storedPlan("B 成本口径");
        var first = storedPlan("A 客户需求");
        var retired = plans().save(second.retire(MANAGER));

        assertThat(plans().all()).filteredOn(p -> p.name().endsWith(tag)).containsExactly(first, retired);
        assertThat(plans().byId(second.id())).contains(retired);
        assertThat(retired.active()).isFalse();
        assertThatThrownBy(() -> plans().save(second.retire(MANAGER))).isInstanceOf(ConcurrentModification.class);
    }
}
