package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemStep;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details of a work item offer exactly the steps the item's rules give the user: for items in
 * each state and routing, and users in each part, the enabled buttons are the open steps and the
 * disabled ones the blocked steps.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class WorkItemDetailsIT extends CharterViewTest {

    private static final Map<WorkItemStep, String> BUTTONS = Map.of(
            WorkItemStep.COMPLETE, "work-item-complete",
            WorkItemStep.REQUEST_SIGN_OFF, "work-item-request-sign-off",
            WorkItemStep.APPROVE, "work-item-approve",
            WorkItemStep.REJECT, "work-item-reject",
            WorkItemStep.CANCEL, "work-item-cancel");

    @Test
    void the_buttons_are_the_steps_for_every_state_and_part() {
        var own = registered("manager", "PROCESS_OPTIMIZATION", "流程优化");
        var reserved = registered("manager", "MAJOR_RISK_HANDLING", "重大风险");
        var awaiting = registered("manager", "MAJOR_RISK_HANDLING", "重大风险待批");
        requestSignOff("manager", awaiting.id());
        var handedOver = registered("manager", "SYSTEM_DEVELOPMENT", "系统开发");
        var items = List.of(own, reserved, awaiting, handedOver);

        int shown = 0;
        for (var user : List.of("manager", "director", "it.lead", "auditor")) {
            signInAs(user);
            for (var item : items) {
                shown += checkButtons(user, item) ? 1 : 0;
            }
        }
        assertThat(shown).as("items whose details opened").isGreaterThan(items.size() * 2);
    }

    /** @return whether the user may see the item (and so the details opened) */
    private boolean checkButtons(String user, WorkItem item) {
        $(Dialog.class).all().forEach(Dialog::close);
        List<Step<WorkItemStep>> steps;
        try {
            steps = workItems.detail(item.id()).steps();
        } catch (AccessDenied notVisible) {
            UI.getCurrent().navigate("charter/work-items", QueryParameters.of("item", item.id().toString()));
            assertThat($(Dialog.class).withId("work-item-details").exists()).as(user + " " + item.title()).isFalse();
            return false;
        }
        UI.getCurrent().navigate("charter/work-items", QueryParameters.of("item", item.id().toString()));
        assertThat($(Dialog.class).id("work-item-details").isOpened()).isTrue();

        assertThat(buttons()).as(user + " on " + item.title()).isEqualTo(expected(steps));
        return true;
    }

    /** Each step button on screen, by id: whether enabled. */
    private Map<String, Boolean> buttons() {
        var shown = new TreeMap<String, Boolean>();
        for (var id : BUTTONS.values()) {
            if ($(Button.class).withId(id).exists()) {
                shown.put(id, $(Button.class).id(id).isEnabled());
            }
        }
        return shown;
    }

    private static Map<String, Boolean> expected(List<Step<WorkItemStep>> steps) {
        var expected = new TreeMap<String, Boolean>();
        new ArrayList<>(steps).forEach(step -> expected.put(BUTTONS.get(step.kind()), step.isOpen()));
        return expected;
    }
}
