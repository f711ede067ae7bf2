package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.ProjectQueries.OverdueMilestone;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStep;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static dev.opscharter.application.collaboration.service.CollaborationFixture.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectServiceTest {

    static final DepartmentCode MARKETING = new DepartmentCode("MARKETING");
    static final DepartmentCode SALES = new DepartmentCode("SALES");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    final CollaborationFixture f = new CollaborationFixture();
    final ProjectService service = f.projectService;

    long version(CrossDepartmentProjectId id) {
        return f.projects.byId(id).orElseThrow().version();
    }

    /** The customer-satisfaction project with Marketing's and Sales' parts. */
    CrossDepartmentProjectId satisfaction() {
        var id = service.start(RequestKey.fresh(), ProjectKind.PROJECT, "客户满意度提升", "满意度达到 85%",
                LocalDate.of(2026, 5, 1));
        service.assign(id, MARKETING, "调研", version(id));
        service.assign(id, SALES, "客户回访", version(id));
        return id;
    }

    @Test
    void a_milestone_is_overdue_once_its_day_has_ended_in_the_organizations_zone() {
        var project = satisfaction();
        var research = service.addMilestone(project, "调研报告", MARKETING, TODAY, version(project));
        service.addMilestone(project, "客户回访", SALES, TODAY.plusDays(10), version(project));

        assertThat(service.overdueMilestones()).as("due today").isEmpty();
        assertThat(service.today()).isEqualTo(TODAY);
        // 17:00 UTC on the 14th is already 01:00 on the 15th in Shanghai.
        f.charter.org.clock.set(Instant.parse("2026-05-14T17:00:00Z"));
        assertThat(service.today()).as("what the screens mark overdue by").isEqualTo(TODAY.plusDays(1));
        assertThat(service.overdueMilestones()).singleElement().satisfies(overdue -> {
            assertThat(overdue.project().id()).isEqualTo(project);
            assertThat(overdue.milestone().id()).isEqualTo(research);
        });

        service.completeMilestone(project, research, TODAY.plusDays(1), version(project));
        assertThat(service.overdueMilestones()).isEmpty();
    }

    @Test
    void a_cancelled_project_has_nothing_overdue_and_a_launch_is_planned_the_same_way() {
        var project = satisfaction();
        service.addMilestone(project, "调研报告", MARKETING, TODAY.minusDays(3), version(project));
        var launch = service.start(RequestKey.fresh(), ProjectKind.PRODUCT_LAUNCH, "新品发布会", "六月上市", TODAY);
        service.assign(launch, SALES, "渠道铺货", version(launch));
        service.addMilestone(launch, "铺货完成", SALES, TODAY.plusDays(20), version(launch));

        assertThat(service.overdueMilestones()).extracting(OverdueMilestone::project)
                .extracting(p -> p.id()).containsExactly(project);
        service.cancel(project, version(project));
        assertThat(service.overdueMilestones()).isEmpty();
        assertThat(service.projects(PageRequest.first(10))).extracting(p -> p.id()).containsExactly(launch, project);
    }

    @Test
    void a_milestone_of_a_department_without_a_part_is_refused_and_nothing_changes() {
        var project = satisfaction();
        var before = version(project);

        assertThatThrownBy(() -> service.addMilestone(project, "预算", FINANCE, TODAY, before))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.owner-without-part"));
        assertThat(version(project)).isEqualTo(before);
        assertThat(f.projects.byId(project).orElseThrow().milestones()).isEmpty();
    }

    @Test
    void leads_follow_projects_but_only_management_plans_them() {
        var project = satisfaction();

        f.charter.actAs(f.charter.financeLead);
        assertThat(service.countProjects()).isEqualTo(1);
        assertThat(service.project(project).steps()).isEmpty();
        assertThatThrownBy(() -> service.assign(project, FINANCE, "预算", version(project)))
                .isInstanceOf(AccessDenied.class);
        f.charter.actAs(f.charter.director);
        assertThat(service.project(project).step(ProjectStep.ADD_MILESTONE))
                .hasValueSatisfying(step -> assertThat(step.isOpen()).isTrue());
    }
}
