package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.RectificationFixture;
import dev.opscharter.application.compliance.port.in.EscalateOverdueActions.Result;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverdueActionEscalationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    final RectificationFixture fx = new RectificationFixture();
    final CorrectiveActionService actions = fx.service();
    final OverdueActionEscalation escalation = fx.escalation();
    CorrectiveActionId id;

    @BeforeEach
    void an_action_due_tomorrow() {
        id = actions.create(new NewCorrectiveAction(new FindingRef(null, "2026-Q1", "COMPLAINTS",
                DeviationType.CASE_LATE, null), "", 4, "投诉处理提速", "specialist", TODAY.plusDays(1), ""));
        fx.notifications.clear();
        fx.actAs(Actor.SYSTEM);
    }

    void daysLater(int days) {
        fx.org.clock.advance(Duration.ofDays(days));
    }

    @Test
    void nothing_is_sent_before_the_action_is_overdue() {
        daysLater(1);
        assertThat(escalation.escalate()).isEqualTo(new Result(0, 0));
        assertThat(fx.notifications.sent()).isEmpty();
    }

    @Test
    void on_the_first_two_overdue_days_only_the_owner_is_reminded_once_a_day() {
        daysLater(2);
        assertThat(escalation.escalate()).isEqualTo(new Result(1, 1));
        assertThat(escalation.escalate()).isEqualTo(new Result(1, 0));
        assertThat(fx.notifications.sent()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("specialist");
            assertThat(n.subjectKey()).isEqualTo("notification.corrective-action.overdue.owner");
            assertThat(n.arguments()).containsExactly("投诉处理提速", "2026-05-15", "1");
        });

        daysLater(1);
        assertThat(escalation.escalate()).isEqualTo(new Result(1, 1));
        assertThat(fx.notifications.to("manager")).isEmpty();
    }

    @Test
    void from_the_third_overdue_day_the_manager_is_told_too() {
        daysLater(4);
        assertThat(escalation.escalate()).isEqualTo(new Result(1, 2));
        assertThat(fx.notifications.to("manager")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.corrective-action.overdue.manager");
            assertThat(n.arguments()).containsExactly("投诉处理提速", "specialist", "2026-05-15", "3");
        });
        assertThat(escalation.escalate()).isEqualTo(new Result(1, 0));
    }

    @Test
    void a_submitted_action_is_not_escalated() {
        fx.actAs(fx.owner);
        actions.start(id, fx.actions.byId(id).orElseThrow().version());
        actions.recordRootCause(id, "人手不足", fx.actions.byId(id).orElseThrow().version());
        actions.submit(id, "已增加客服排班", fx.actions.byId(id).orElseThrow().version());
        fx.notifications.clear();
        fx.actAs(Actor.SYSTEM);
        daysLater(10);

        assertThat(escalation.escalate()).isEqualTo(new Result(0, 0));
    }

    @Test
    void only_the_system_runs_it() {
        fx.actAs(fx.manager);
        assertThatThrownBy(escalation::escalate).isInstanceOf(AccessDenied.class);
    }
}
