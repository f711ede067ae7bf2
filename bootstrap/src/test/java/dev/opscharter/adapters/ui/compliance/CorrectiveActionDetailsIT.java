package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.ActionStep;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details of a corrective action offer exactly the steps the action's rules give the user: for
 * actions in each status, and the owner, the manager, the director and internal audit, the enabled
 * buttons are the open steps and the disabled ones the blocked steps.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CorrectiveActionDetailsIT extends ViewTest {

    private static final Map<ActionStep, String> BUTTONS = Map.of(
            ActionStep.START, "action-start",
            ActionStep.RECORD_ROOT_CAUSE, "action-root-cause-edit",
            ActionStep.SUBMIT, "action-submit",
            ActionStep.VERIFY, "action-verify",
            ActionStep.CLOSE, "action-close",
            ActionStep.REOPEN, "action-reopen",
            ActionStep.REASSIGN, "action-reassign");

    @Autowired
    ManageCorrectiveActions manage;
    @Autowired
    CorrectiveActionQueries queries;
    @Autowired
    UserDetailsService users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void the_buttons_are_the_steps_for_every_status_and_part() {
        var open = created("未开始");
        var started = created("进行中");
        asUser("specialist", () -> manage.start(started, version(started)));
        var submitted = created("已提交");
        asUser("specialist", () -> {
            manage.start(submitted, version(submitted));
            manage.recordRootCause(submitted, "承运商延误", version(submitted));
            manage.submit(submitted, "已更换承运商", version(submitted));
        });
        var actions = List.of(open, started, submitted);

        int shown = 0;
        for (var user : List.of("manager", "specialist", "director", "auditor")) {
            new SignedIn(users).switchTo(user);
            for (var action : actions) {
                shown += checkButtons(user, action) ? 1 : 0;
            }
        }
        assertThat(shown).as("actions whose details opened").isGreaterThanOrEqualTo(actions.size() * 4);
    }

    private boolean checkButtons(String user, CorrectiveActionId id) {
        $(Dialog.class).all().forEach(Dialog::close);
        List<Step<ActionStep>> steps;
        try {
            steps = queries.detail(id).steps();
        } catch (AccessDenied notVisible) {
            return false;
        }
        UI.getCurrent().navigate("compliance/actions", QueryParameters.of("action", id.toString()));
        assertThat($(Dialog.class).id("action-details").isOpened()).isTrue();

        var expected = new TreeMap<String, Boolean>();
        steps.stream().filter(step -> BUTTONS.containsKey(step.kind()))
                .forEach(step -> expected.put(BUTTONS.get(step.kind()), step.isOpen()));
        var shown = new TreeMap<String, Boolean>();
        for (var buttonId : BUTTONS.values()) {
            if ($(Button.class).withId(buttonId).exists()) {
                shown.put(buttonId, $(Button.class).id(buttonId).isEnabled());
            }
        }
        assertThat(shown).as(user + " on " + id).isEqualTo(expected);
        return true;
    }

    private CorrectiveActionId created(String title) {
        return as("manager", () -> manage.create(new NewCorrectiveAction(new FindingRef(UUID.randomUUID(), "2026-Q2",
                "ORDER_" + suffix, DeviationType.STEP_LATE, "SHIP"), "发货超时", 5, title + " " + suffix,
                "specialist", queries.today().plusDays(10), "")));
    }

    private long version(CorrectiveActionId id) {
        return queries.get(id).version();
    }

    private <T> T as(String username, Supplier<T> work) {
        return new SignedIn(users).as(username, work);
    }

    private void asUser(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
