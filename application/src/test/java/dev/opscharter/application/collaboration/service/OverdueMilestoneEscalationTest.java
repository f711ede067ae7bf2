package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.fakes.InMemoryMilestoneEscalationLog;
import dev.opscharter.application.collaboration.port.in.EscalateOverdueMilestones.Result;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.shared.Actor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static dev.opscharter.application.collaboration.service.CollaborationFixture.IT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverdueMilestoneEscalationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    final CollaborationFixture f = new CollaborationFixture();
    final OverdueMilestoneEscalation escalation = new OverdueMilestoneEscalation(f.projects,
            new InMemoryMilestoneEscalationLog(), f.charter.notifications, f.contacts(), f.charter.org.useCase);

    /** A launch planned by the manager whose IT milestone was due yesterday. */
    CrossDepartmentProjectId launchWithItLate() {
        var service = f.projectService;
        var id = service.start(RequestKey.fresh(), ProjectKind.ECOMMERCE_PROMOTION, "618 大促", "GMV 增长 20%",
                LocalDate.of(2026, 5, 1));
        service.assign(id, IT, "活动页面与压测", f.projects.byId(id).orElseThrow().version());
        service.addMilestone(id, "压测完成", IT, TODAY.minusDays(1), f.projects.byId(id).orElseThrow().version());
        return id;
    }

    Result run() {
        return f.as(Actor.SCHEDULE, escalation::escalate);
    }

    @Test
    void the_owning_departments_lead_is_reminded_once_a_day_and_the_planning_manager_from_the_third_day() {
        launchWithItLate();

        assertThat(run()).isEqualTo(new Result(1, 1));
        assertThat(run()).as("again the same day").isEqualTo(new Result(1, 0));
        assertThat(f.charter.notifications.sent()).extracting(Notification::recipient).containsExactly("it.lead");
        assertThat(f.charter.notifications.sent().getFirst().arguments())
                .containsExactly("618 大促", "压测完成", "2026-05-13", "1");

        f.charter.org.clock.advance(Duration.ofDays(2));
        f.charter.notifications.clear();
        assertThat(run()).isEqualTo(new Result(1, 2));
        assertThat(f.charter.notifications.sent()).extracting(Notification::recipient)
                .containsExactly("it.lead", "manager");
        assertThat(f.charter.notifications.to("manager").getFirst().subjectKey())
                .isEqualTo(OverdueMilestoneEscalation.MANAGER_KEY);
    }

    @Test
    void a_done_milestone_and_a_cancelled_project_escalate_nothing() {
        var project = launchWithItLate();
        var stored = f.projects.byId(project).orElseThrow();
        f.projectService.completeMilestone(project, stored.milestones().getFirst().id(), TODAY, stored.version());

        assertThat(run()).isEqualTo(new Result(0, 0));
        assertThat(f.charter.notifications.sent()).isEmpty();
    }

    @Test
    void only_the_system_runs_the_escalation() {
        launchWithItLate();

        assertThatThrownBy(escalation::escalate).isInstanceOf(AccessDenied.class);
        assertThat(f.charter.notifications.sent()).isEmpty();
    }
}
