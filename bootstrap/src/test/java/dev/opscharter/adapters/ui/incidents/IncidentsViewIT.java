package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The incident board through the real use cases on PostgreSQL, in English: an incident reported from its dialog,
 * its first step done from its details (an empty cause refused at the field), the four steps shown with their
 * limits; the director rules it a major accident with who and when, which a manager is not offered; an auditor
 * reads without handling, the administrator cannot open the board.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class IncidentsViewIT extends ViewTest {

    @Autowired
    ManageIncidents manage;
    @Autowired
    IncidentQueries queries;

    private final String title = "Checkout down " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("incidents");
        assertThat(getCurrentView()).isInstanceOf(IncidentsView.class);
    }

    private IncidentId reported() {
        return manage.report(RequestKey.fresh(), IncidentType.SYSTEM_FAILURE, title);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private void details() {
        test(textField("incidents-search")).setValue(title);
        var incidents = this.<Object>grid("incidents-grid");
        assertThat(test(incidents).size()).isEqualTo(1);
        test(incidents).select(0);
        click("incidents-details");
        assertThat($(Dialog.class).id("incident-details").isOpened()).isTrue();
    }

    @Test
    void the_manager_reports_an_incident_which_heads_the_board_on_time() {
        open();
        click("incidents-report");
        var failure = queries.types().stream().filter(t -> t.code().equals(IncidentType.SYSTEM_FAILURE)).findFirst()
                .orElseThrow();
        $(ComboBox.class).id("incident-report-type").setValue(failure);
        test(textField("incident-report-title")).setValue(title);
        click("incident-report-save");

        assertThat(notifications()).contains("Incident reported");
        assertThat(queries.incidents(new IncidentFilter(Optional.empty(), Optional.empty(), title),
                PageRequest.first(5))).singleElement().satisfies(i -> assertThat(i.reportedBy()).isEqualTo("manager"));
        test(textField("incidents-search")).setValue(title);
        assertThat(rowTexts(grid("incidents-grid"), 0)).contains("System failure", title, "Locate the cause",
                "On time");
    }

    @Test
    void the_first_step_is_done_from_the_details_and_an_empty_cause_is_refused_at_its_field() {
        var id = reported();
        open();
        details();
        assertThat(test(this.<Object>grid("incident-steps")).size()).isEqualTo(4);
        assertThat(rowTexts(grid("incident-steps"), 0)).contains("Locate the cause", "2 h 00 min", "Running");
        assertThat(rowTexts(grid("incident-steps"), 1)).contains("Emergency measure", "Not started");

        click("incident-do-step");
        click("incident-step-save");
        assertThat($(TextArea.class).id("incident-step-text").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("incident-step-text").getErrorMessage()).isEqualTo("Required");
        assertThat(queries.incident(id).orElseThrow().incident().record().nextStep())
                .contains(IncidentStep.LOCATE_CAUSE);

        test($(TextArea.class).id("incident-step-text")).setValue("Payment gateway certificate expired");
        click("incident-step-save");
        assertThat(notifications()).contains("Step recorded");
        var incident = queries.incident(id).orElseThrow().incident().record();
        assertThat(incident.nextStep()).contains(IncidentStep.EMERGENCY_MEASURE);
        assertThat(rowTexts(grid("incident-steps"), 0)).contains("In time", "Payment gateway certificate expired");
        assertThat(textOf($(Span.class).id("incident-next-step"))).isEqualTo("Emergency measure");
        assertThat($(Button.class).withId("incident-rule-open").exists()).as("a manager does not rule").isFalse();
    }

    @Test
    void the_post_mortem_finishes_the_incident_and_raises_its_follow_up_as_a_corrective_action() {
        var id = reported();
        manage.doStep(RequestKey.fresh(), id, new StepRecord.Cause("Disk full"), 1);
        manage.doStep(RequestKey.fresh(), id, new StepRecord.Measure("Old logs removed"), 2);
        manage.doStep(RequestKey.fresh(), id, new StepRecord.Notified(List.of("Customer Service")), 3);
        open();
        details();
        click("incident-do-step");
        test($(TextArea.class).id("incident-step-text")).setValue("No alert on disk usage");
        test(textField("incident-follow-up-title")).setValue("Alert on disk usage " + title);
        $(ComboBox.class).id("incident-follow-up-owner").setValue("specialist");
        click("incident-follow-up-add");
        assertThat(test(this.<Object>grid("incident-follow-ups")).size()).isEqualTo(1);
        click("incident-step-save");

        assertThat(notifications()).contains("Step recorded");
        var incident = queries.incident(id).orElseThrow().incident().record();
        assertThat(incident.finished()).isTrue();
        assertThat(incident.followUps()).hasSize(1);
        assertThat(textOf($(Span.class).id("incident-state"))).isIn("Finished in time", "Finished, a step late");
    }

    @Test
    @WithUserDetails("director")
    void the_director_rules_an_incident_a_major_accident_with_who_and_when() {
        var id = reported();
        open();
        details();
        click("incident-rule-open");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> ruling = $(RadioButtonGroup.class).id("incident-rule-major");
        ruling.setValue(true);
        click("incident-rule-save");

        assertThat(notifications()).contains("Ruling recorded");
        var stored = queries.incident(id).orElseThrow().incident().record();
        assertThat(stored.majorAccident()).isTrue();
        assertThat(stored.ruling().orElseThrow().by()).isEqualTo("director");
        assertThat(textOf($(Span.class).id("incident-ruling"))).startsWith("Major operational accident, ruled by");
        assertThat(button("incident-rule-open").isEnabled()).as("ruled once").isFalse();
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_reads_the_board_but_reports_nothing_and_is_refused_by_the_use_case() {
        open();
        assertThat($(Button.class).withId("incidents-report").exists()).isFalse();
        assertThatThrownBy(this::reported).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_board() {
        UI.getCurrent().navigate("incidents");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
    @Test
    void a_manager_adds_an_incident_type_with_its_step_limits_and_a_bad_code_is_refused_at_its_field() {
        var code = "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        open();
        click("incidents-types");
        click("incident-types-new");
        test(textField("incident-type-code")).setValue("lower case");
        test(textField("incident-type-name-zh")).setValue("断供");
        test(textField("incident-type-name-en")).setValue("Supply break " + code);
        for (var step : IncidentStep.values()) {
            test($(IntegerField.class).id("incident-type-limit-" + step.name())).setValue(3 + step.ordinal());
        }
        click("incident-type-save");
        assertThat(textField("incident-type-code").isInvalid()).isTrue();
        assertThat(textField("incident-type-code").getErrorMessage())
                .isEqualTo("Capital letters, digits and _, starting with a letter.");

        test(textField("incident-type-code")).setValue(code);
        click("incident-type-save");

        var saved = queries.types().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
        assertThat(saved.limits().limit(IncidentStep.POST_MORTEM)).isEqualTo(Duration.ofHours(6));
        assertThat(test(this.<IncidentType>grid("incident-types-grid")).size()).isEqualTo(queries.types().size());
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_handles_incidents_but_is_not_offered_the_types() {
        open();

        assertThat($(Button.class).withId("incidents-types").exists()).isFalse();
        var type = queries.types().getFirst();
        assertThatThrownBy(() -> manage.saveType(Optional.of(type), type)).isInstanceOf(AccessDenied.class);
    }
}
