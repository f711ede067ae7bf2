package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A work item's and a corrective action's dialog lead to the record's history in the audit trail,
 * for those who may read the trail; the others see no such button.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class RecordHistoryViewIT extends ViewTest {

    @Autowired
    ManageWorkItems workItems;
    @Autowired
    ManageCorrectiveActions actions;
    @Autowired
    CorrectiveActionQueries actionQueries;
    @Autowired
    UserDetailsService users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void the_auditor_and_the_director_follow_a_work_items_history_into_the_trail() {
        var item = as("manager", () -> workItems.register(new WorkItemDraft(WorkItemKind.TASK, "流程优化 " + suffix,
                "", "PROCESS_OPTIMIZATION", Optional.of(LocalDate.now().plusDays(14)))));

        for (var reader : new String[]{"auditor", "director"}) {
            signInAs(reader);
            UI.getCurrent().navigate("charter/work-items", QueryParameters.of("item", item.toString()));
            assertThat($(Dialog.class).id("work-item-details").isOpened()).isTrue();

            test(button("work-item-details-history")).click();

            assertThat(getCurrentView()).as(reader).isInstanceOf(AuditTrailView.class);
            assertThat($(Dialog.class).withId("work-item-details").exists()).as("the dialog closed").isFalse();
            assertTrailShows("WorkItem", item.toString());
        }
    }

    @Test
    void the_auditor_follows_a_corrective_actions_history_into_the_trail() {
        var action = as("manager", () -> actions.create(new NewCorrectiveAction(new FindingRef(UUID.randomUUID(),
                "2026-Q2", "ORDER_" + suffix, DeviationType.STEP_LATE, "SHIP"), "发货超时", 5, "整改 " + suffix,
                "specialist", actionQueries.today().plusDays(10), "")));
        signInAs("auditor");
        UI.getCurrent().navigate("compliance/actions", QueryParameters.of("action", action.toString()));
        assertThat($(Dialog.class).id("action-details").isOpened()).isTrue();

        test(button("action-details-history")).click();

        assertThat(getCurrentView()).isInstanceOf(AuditTrailView.class);
        assertTrailShows("CorrectiveAction", action.toString());
    }

    @Test
    void those_who_may_not_read_the_trail_see_no_history_button() {
        var item = as("manager", () -> workItems.register(new WorkItemDraft(WorkItemKind.TASK, "流程优化 " + suffix,
                "", "PROCESS_OPTIMIZATION", Optional.of(LocalDate.now().plusDays(14)))));
        var action = as("manager", () -> actions.create(new NewCorrectiveAction(new FindingRef(UUID.randomUUID(),
                "2026-Q2", "ORDER_" + suffix, DeviationType.STEP_LATE, "SHIP"), "发货超时", 5, "整改 " + suffix,
                "specialist", actionQueries.today().plusDays(10), "")));

        UI.getCurrent().navigate("charter/work-items", QueryParameters.of("item", item.toString()));
        assertThat($(Dialog.class).id("work-item-details").isOpened()).isTrue();
        assertThat($(Button.class).withId("work-item-details-history").exists()).as("the manager's work item").isFalse();

        UI.getCurrent().navigate("compliance/actions", QueryParameters.of("action", action.toString()));
        assertThat($(Dialog.class).id("action-details").isOpened()).isTrue();
        assertThat($(Button.class).withId("action-details-history").exists()).as("the manager's action").isFalse();
    }

    /** The trail filtered to the record: its type chosen, its id typed, only its entries listed. */
    @SuppressWarnings("unchecked")
    private void assertTrailShows(String type, String id) {
        assertThat(((ComboBox<String>) $(ComboBox.class).id("audit-entity-type")).getValue()).isEqualTo(type);
        assertThat(textField("audit-entity-id").getValue()).isEqualTo(id);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).as("at least its creation").isPositive();
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getRow(row).entityId()).isEqualTo(id);
            assertThat(test(grid).getRow(row).entityType()).isEqualTo(type);
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return new SignedIn(users).as(username, work);
    }

    private void signInAs(String username) {
        new SignedIn(users).switchTo(username);
    }
}
