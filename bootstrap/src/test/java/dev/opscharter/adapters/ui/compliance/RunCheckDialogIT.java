package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.dialog.Dialog;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Run dialog of the compliance checks: a period typed that is no period, or one that has not
 * begun, is an error on the period field and queues nothing — least of all the period the field
 * offered before.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class RunCheckDialogIT extends ViewTest {

    @Autowired
    ComplianceCheckQueries queries;

    private ComboBox<?> period;

    @BeforeEach
    void the_manager_opens_the_run_dialog() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("compliance/checks");
        click("check-run");
        period = $(ComboBox.class).id("check-period");
        assertThat(period.getValue()).as("a default period is offered").isNotNull();
    }

    private void type(String text) {
        ComponentUtil.fireEvent(period, new CustomValueSetEvent<>(period, true, text));
    }

    @Test
    void a_typed_text_that_is_no_period_is_a_field_error_and_nothing_is_queued() {
        int checks = queries.checks().size();

        type("2011-Q5");
        click("check-run-save");

        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("Not a period: 2011-Q5 (write 2026-Q3 or 2026)");
        assertThat($(Dialog.class).id("check-run-dialog").isOpened()).isTrue();
        assertThat(button("check-run-save").isEnabled()).as("enabled again for the corrected period").isTrue();
        assertThat(queries.checks()).hasSize(checks);
    }

    @Test
    void a_period_that_has_not_begun_is_refused_on_the_field_and_nothing_is_queued() {
        int checks = queries.checks().size();

        type("2100-Q4");
        click("check-run-save");

        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("2100-Q4 has not begun yet: there is nothing to check");
        assertThat($(Dialog.class).id("check-run-dialog").isOpened()).isTrue();
        assertThat(queries.checks()).hasSize(checks);
    }
}
