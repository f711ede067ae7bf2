package dev.opscharter.application.charter.service;

import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStep;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The detail of a work item carries the steps the item's rules give the current user. */
class WorkItemDetailTest {

    private final CharterFixture fx = new CharterFixture();
    private final WorkItemService service = fx.workItemService();

    private WorkItemId register(String dutyType) {
        return service.register(new WorkItemDraft(WorkItemKind.TASK, "Work on " + dutyType, "", dutyType,
                Optional.empty()));
    }

    @Test
    void operations_prepares_reserved_work_and_sees_why_it_cannot_complete_it() {
        var id = register("BUDGET_APPROVAL");

        assertThat(service.detail(id).steps()).containsExactly(
                Step.blocked(WorkItemStep.COMPLETE, Refusal.of("rule.work-item.needs-sign-off.owner-department-lead")),
                Step.open(WorkItemStep.REQUEST_SIGN_OFF),
                Step.open(WorkItemStep.CANCEL));
    }

    @Test
    void the_authority_the_charter_names_is_offered_the_decision_and_operations_nothing() {
        var id = register("BUDGET_APPROVAL");
        service.requestSignOff(id, service.get(id).version());

        assertThat(service.detail(id).steps()).isEmpty();
        fx.actAs(fx.financeLead);
        assertThat(service.detail(id).steps())
                .containsExactly(Step.open(WorkItemStep.APPROVE), Step.open(WorkItemStep.REJECT));
    }

    @Test
    void handed_over_work_is_the_owning_lead_s_to_complete() {
        var id = register("SYSTEM_DEVELOPMENT");

        assertThat(service.detail(id).steps()).containsExactly(
                Step.blocked(WorkItemStep.COMPLETE, Refusal.of("rule.work-item.owned-by-other")),
                Step.open(WorkItemStep.CANCEL));
        fx.actAs(fx.itLead);
        assertThat(service.detail(id).steps()).containsExactly(Step.open(WorkItemStep.COMPLETE));
        assertThat(service.detail(id).record().id()).isEqualTo(id);
    }

    @Test
    void the_detail_is_as_visible_as_the_item() {
        var id = register("SYSTEM_DEVELOPMENT");
        fx.actAs(fx.hrLead);

        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AccessDenied.class);
    }
}
