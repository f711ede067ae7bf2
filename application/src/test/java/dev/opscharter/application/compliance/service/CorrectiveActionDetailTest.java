package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.RectificationFixture;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.compliance.ActionStep;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import static dev.opscharter.application.compliance.service.CorrectiveActionServiceTest.FINDING;
import static dev.opscharter.application.compliance.service.CorrectiveActionServiceTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The detail of a corrective action carries the steps the action's rules give the current user. */
class CorrectiveActionDetailTest {

    private final RectificationFixture fx = new RectificationFixture();
    private final CorrectiveActionService service = fx.service();

    private CorrectiveActionId create() {
        return service.create(new NewCorrectiveAction(FINDING, "发货超时 12 单", 12, "缩短发货时间", "specialist",
                TODAY.plusDays(14), ""));
    }

    @Test
    void the_owner_starts_and_then_sees_submit_blocked_until_the_root_cause_is_recorded() {
        var id = create();
        fx.actAs(fx.owner);
        assertThat(service.detail(id).steps()).containsExactly(Step.open(ActionStep.START),
                Step.open(ActionStep.RECORD_ROOT_CAUSE), Step.open(ActionStep.ATTACH_EVIDENCE));

        service.start(id, service.get(id).version());

        assertThat(service.detail(id).steps()).containsExactly(Step.open(ActionStep.RECORD_ROOT_CAUSE),
                Step.open(ActionStep.ATTACH_EVIDENCE),
                Step.blocked(ActionStep.SUBMIT, Refusal.of("rule.corrective-action.root-cause-required")));
        service.recordRootCause(id, "the carrier", service.get(id).version());
        assertThat(service.detail(id).step(ActionStep.SUBMIT)).contains(Step.open(ActionStep.SUBMIT));
    }

    @Test
    void the_manager_verifies_what_was_handed_in_and_may_reopen_or_reassign_it() {
        var id = create();
        fx.actAs(fx.owner);
        service.start(id, service.get(id).version());
        service.recordRootCause(id, "the carrier", service.get(id).version());
        service.submit(id, "new carrier", service.get(id).version());
        assertThat(service.detail(id).steps()).isEmpty();

        fx.actAs(fx.manager);
        assertThat(service.detail(id).steps()).containsExactly(Step.open(ActionStep.VERIFY),
                Step.open(ActionStep.REOPEN), Step.open(ActionStep.REASSIGN));
    }

    @Test
    void internal_audit_reads_the_action_and_is_offered_nothing() {
        var id = create();
        fx.actAs(fx.auditor);

        assertThat(service.detail(id).steps()).isEmpty();
        assertThat(service.detail(id).record().id()).isEqualTo(id);
    }

    @Test
    void someone_else_s_action_is_not_shown() {
        var id = create();
        fx.actAs(fx.otherSpecialist);

        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AccessDenied.class);
    }
}
