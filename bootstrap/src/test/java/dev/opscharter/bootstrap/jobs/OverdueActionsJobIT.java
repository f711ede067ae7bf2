package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily escalation job and its trigger, on the real JobRunr storage and PostgreSQL. */
@OpsCharterSpringTest
class OverdueActionsJobIT {

    @Autowired
    StorageProvider jobStorage;
    @Autowired
    OverdueActionsJob job;
    @Autowired
    CorrectiveActions actions;
    @Autowired
    CorrectiveActionQueries queries;
    @Autowired
    InboxStore inbox;

    private CorrectiveAction overdueBy(int days, String owner) {
        var today = SystemTasks.asSystem(queries::today);
        return actions.save(CorrectiveAction.create(new FindingRef(UUID.randomUUID(), "2026-Q1", "ORDER_FULFILMENT",
                        DeviationType.STEP_LATE, "SHIP"), "", 3, "逾期整改 " + UUID.randomUUID(), owner,
                today.minusDays(days), "", Actor.user("manager", Set.of(Role.OPS_MANAGER)), Instant.now()));
    }

    private List<InboxEntry> about(CorrectiveAction action, String recipient) {
        return inbox.forRecipient(recipient, 500).stream()
                .filter(e -> e.link().equals("compliance/actions?action=" + action.id())).toList();
    }

    @Test
    void the_daily_trigger_is_registered_at_8_in_the_organization_time_zone() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(OverdueActionsJob.ID)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(recurring.get().getScheduleExpression()).isEqualTo("0 8 * * *");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(OverdueActionsJob.class.getName());
    }

    @Test
    void an_action_one_day_overdue_reminds_only_its_owner_once_a_day() {
        var action = overdueBy(1, "specialist");

        job.run();
        job.run();

        assertThat(about(action, "specialist")).singleElement().satisfies(e -> {
            assertThat(e.subjectKey()).isEqualTo("notification.corrective-action.overdue.owner");
            assertThat(e.arguments()).last().isEqualTo("1");
            assertThat(e.unread()).isTrue();
        });
        assertThat(about(action, "manager")).isEmpty();
    }

    @Test
    void from_the_third_overdue_day_the_manager_is_told_too_once() {
        var action = overdueBy(3, "specialist");

        job.run();
        job.run();

        assertThat(about(action, "specialist")).hasSize(1);
        assertThat(about(action, "manager")).singleElement().satisfies(e -> {
            assertThat(e.subjectKey()).isEqualTo("notification.corrective-action.overdue.manager");
            assertThat(e.arguments()).containsExactly(action.title(), "specialist", action.dueOn().toString(), "3");
        });
    }

    @Test
    void an_action_due_today_is_not_escalated() {
        var action = overdueBy(0, "specialist");
        job.run();
        assertThat(about(action, "specialist")).isEmpty();
    }
}
