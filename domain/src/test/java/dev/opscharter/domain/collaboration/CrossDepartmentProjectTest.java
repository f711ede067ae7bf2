package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossDepartmentProjectTest {

    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor LEAD = Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD));
    static final DepartmentCode MARKETING = new DepartmentCode("MARKETING");
    static final DepartmentCode SALES = new DepartmentCode("SALES");
    static final DepartmentCode SERVICE = new DepartmentCode("CUSTOMER_SERVICE");

    /** SPEC's example: Marketing researches, Sales contacts customers, Customer Service improves. */
    static CrossDepartmentProject satisfactionProject() {
        return CrossDepartmentProject.start(ProjectKind.PROJECT, "客户满意度提升", "满意度达到 85%", START, MANAGER, AT)
                .assign(new Responsibility(MARKETING, "调研"), MANAGER)
                .assign(new Responsibility(SALES, "客户回访"), MANAGER)
                .assign(new Responsibility(SERVICE, "服务改进"), MANAGER);
    }

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void each_department_has_one_part_and_a_new_part_replaces_the_old() {
        var project = satisfactionProject().assign(new Responsibility(SALES, "客户回访与报价"), MANAGER);

        assertThat(project.departments()).containsExactly(MARKETING, SERVICE, SALES);
        assertThat(project.responsibilities()).filteredOn(r -> r.department().equals(SALES))
                .extracting(Responsibility::duty).containsExactly("客户回访与报价");
    }

    @Test
    void a_milestone_is_owned_by_a_department_with_a_part_and_not_due_before_the_start() {
        var project = satisfactionProject();

        refused(() -> project.addMilestone(Milestone.of("财务预算", new DepartmentCode("FINANCE"),
                START.plusDays(5)), MANAGER), "rule.collaboration.owner-without-part");
        refused(() -> project.addMilestone(Milestone.of("调研问卷", MARKETING, START.minusDays(1)), MANAGER),
                "rule.collaboration.milestone-before-start");
        var started = CrossDepartmentProject.start(ProjectKind.TRADE_SHOW, "广交会", "参展", START, MANAGER, AT);
        assertThat(started.allowedSteps(MANAGER)).contains(
                Step.blocked(ProjectStep.ADD_MILESTONE, Refusal.of(
                        "rule.collaboration.no-parts")));
    }

    @Test
    void overdue_milestones_are_those_past_their_day_and_not_done_earliest_first() {
        var research = Milestone.of("调研报告", MARKETING, LocalDate.of(2026, 6, 10));
        var calls = Milestone.of("客户回访", SALES, LocalDate.of(2026, 6, 20));
        var fixes = Milestone.of("改进方案", SERVICE, LocalDate.of(2026, 6, 5));
        var project = satisfactionProject().addMilestone(research, MANAGER).addMilestone(calls, MANAGER)
                .addMilestone(fixes, MANAGER);

        assertThat(project.milestones()).extracting(Milestone::title).containsExactly("改进方案", "调研报告", "客户回访");
        assertThat(project.overdueMilestones(LocalDate.of(2026, 6, 5))).as("due today is not overdue").isEmpty();
        assertThat(project.overdueMilestones(LocalDate.of(2026, 6, 11))).containsExactly(fixes, research);

        var progressed = project.completeMilestone(fixes.id(), LocalDate.of(2026, 6, 9), MANAGER);
        assertThat(progressed.overdueMilestones(LocalDate.of(2026, 6, 11))).extracting(Milestone::id)
                .containsExactly(research.id());
        assertThat(progressed.milestones().get(0).doneOn()).contains(LocalDate.of(2026, 6, 9));
        assertThat(progressed.cancel(MANAGER).overdueMilestones(LocalDate.of(2026, 7, 1)))
                .as("a cancelled project escalates nothing").isEmpty();
    }

    @Test
    void a_milestone_counts_its_overdue_days_from_the_day_after_it_was_due_until_it_is_done() {
        var milestone = Milestone.of("调研报告", MARKETING, LocalDate.of(2026, 2, 27));

        assertThat(milestone.daysOverdue(LocalDate.of(2026, 2, 27))).isZero();
        assertThat(milestone.daysOverdue(LocalDate.of(2026, 2, 28))).isEqualTo(1);
        assertThat(milestone.daysOverdue(LocalDate.of(2026, 3, 2))).as("across a month end").isEqualTo(3);
        assertThat(milestone.done(LocalDate.of(2026, 3, 1)).daysOverdue(LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void a_project_completes_once_every_milestone_is_done_and_then_stays_as_it_is() {
        var research = Milestone.of("调研报告", MARKETING, LocalDate.of(2026, 6, 10));
        var project = satisfactionProject().addMilestone(research, MANAGER);

        refused(() -> project.complete(MANAGER), "rule.collaboration.milestones-open");
        var done = project.completeMilestone(research.id(), LocalDate.of(2026, 6, 10), MANAGER);
        refused(() -> done.completeMilestone(research.id(), LocalDate.of(2026, 6, 11), MANAGER),
                "rule.collaboration.no-open-milestone");

        var completed = done.complete(MANAGER);
        assertThat(completed.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(completed.allowedSteps(MANAGER)).noneMatch(Step::isOpen);
        refused(() -> completed.assign(new Responsibility(SALES, "x"), MANAGER),
                "rule.collaboration.project-finished");
    }

    @Test
    void a_department_lead_follows_a_project_but_does_not_plan_it() {
        var project = satisfactionProject();

        assertThat(project.involves(SALES)).isTrue();
        assertThat(project.allowedSteps(LEAD)).isEmpty();
        refused(() -> project.cancel(LEAD), "rule.collaboration.manage-only");
        refused(() -> CrossDepartmentProject.start(ProjectKind.PRODUCT_LAUNCH, "新品发布", "上市", START, LEAD, AT),
                "rule.collaboration.manage-only");
    }
}
