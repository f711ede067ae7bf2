package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.ActionEvent;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corrective action names people as the rest of the application does (work items, runs, the audit
 * trail): by the person's name, without the account behind it.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CorrectiveActionNamesViewIT extends ViewTest {

    @Autowired
    ManageCorrectiveActions manage;
    @Autowired
    CorrectiveActionQueries queries;
    @Autowired
    Directory directory;
    @Autowired
    UserDetailsService users;

    @Test
    void the_owner_the_assigner_and_who_took_each_step_are_named_by_their_names_only() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var id = manage.create(new NewCorrectiveAction(new FindingRef(UUID.randomUUID(), "2026-Q2", "ORDER_" + suffix,
                DeviationType.STEP_LATE, "SHIP"), "发货超时", 5, "整改 " + suffix, "specialist",
                queries.today().plusDays(10), ""));
        new SignedIn(users).as("specialist", () -> {
            manage.start(id, queries.get(id).version());
            return null;
        });
        var names = directory.displayNames();

        UI.getCurrent().navigate("compliance/actions", QueryParameters.of("action", id.toString()));

        assertThat($(Dialog.class).id("action-details").isOpened()).isTrue();
        assertThat($(Span.class).id("action-owner").getText()).isEqualTo(names.get("specialist")).isEqualTo("张晓雨");
        assertThat($(Span.class).id("action-assigned-by").getText()).isEqualTo(names.get("manager"));
        @SuppressWarnings("unchecked")
        Grid<ActionEvent> history = $(Grid.class).id("action-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, test(history).getColumnPosition("by"))).isEqualTo("张晓雨");
        assertThat(test(history).getCellText(1, test(history).getColumnPosition("by"))).isEqualTo(names.get("manager"));
    }
}
