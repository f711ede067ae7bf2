package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskStatus;
import dev.opscharter.domain.risks.RiskThreshold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The risk register through the real use cases on PostgreSQL, in English: the manager adds a risk with its score
 * shown live, a code taken is refused at its field, closing a major risk waits for the director, a breaching
 * figure raises the contingency plan; the heat map counts the open risks; an auditor reads without changing, a
 * department lead and the administrator cannot open it.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class RisksViewIT extends ViewTest {

    @Autowired
    ManageRisks manage;
    @Autowired
    RiskQueries queries;

    private final String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("risks");
        assertThat(getCurrentView()).isInstanceOf(RisksView.class);
    }

    private RiskId risk(int likelihood, int impact) {
        return manage.identify(RequestKey.fresh(), new NewRisk(code, "Supplier delivers late " + code, "Supply",
                "manager", new RiskRating(likelihood, impact), "Two suppliers", "Switch to the backup supplier"));
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    /** Finds the risk by its code and opens its details. */
    private void details() {
        test(textField("risks-search")).setValue(code);
        var risks = this.<Object>grid("risks-grid");
        assertThat(test(risks).size()).isEqualTo(1);
        test(risks).select(0);
        click("risks-details");
        assertThat($(Dialog.class).id("risk-details").isOpened()).isTrue();
    }

    @Test
    void the_manager_adds_a_risk_whose_score_and_level_show_as_it_is_rated() {
        open();
        click("risks-new");
        test(textField("risk-new-code")).setValue(code);
        test(textField("risk-new-title")).setValue("Order system outage " + code);
        test(textField("risk-new-category")).setValue("IT");
        $(ComboBox.class).id("risk-new-owner").setValue("manager");
        test($(IntegerField.class).id("risk-new-likelihood")).setValue(4);
        test($(IntegerField.class).id("risk-new-impact")).setValue(4);
        assertThat(textOf($(Span.class).id("risk-new-score"))).isEqualTo("Score: 16 Major");
        test($(IntegerField.class).id("risk-new-impact")).setValue(2);
        assertThat(textOf($(Span.class).id("risk-new-score"))).isEqualTo("Score: 8 Medium");
        click("risk-new-save");

        assertThat(notifications()).contains("Risk added");
        var stored = queries.risks(new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), code), PageRequest.first(5));
        assertThat(stored).singleElement().satisfies(risk -> {
            assertThat(risk.rating()).isEqualTo(new RiskRating(4, 2));
            assertThat(risk.owner()).isEqualTo("manager");
        });
        test(textField("risks-search")).setValue(code);
        assertThat(rowTexts(grid("risks-grid"), 0)).contains(code, "Order system outage " + code, "IT", "8");
    }

    @Test
    void a_code_taken_is_refused_at_its_field_in_the_users_language() {
        risk(2, 2);
        open();
        click("risks-new");
        test(textField("risk-new-code")).setValue(code);
        test(textField("risk-new-title")).setValue("Again");
        test(textField("risk-new-category")).setValue("Supply");
        $(ComboBox.class).id("risk-new-owner").setValue("manager");
        click("risk-new-save");

        assertThat(textField("risk-new-code").getErrorMessage()).isEqualTo("Another risk has this code.");
        assertThat($(Dialog.class).id("risk-new-dialog").isOpened()).isTrue();
        assertThat(queries.count(new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), code))).isEqualTo(1);
    }

    @Test
    void closing_a_major_risk_waits_for_the_directors_sign_off_and_the_close_step_says_why() {
        var id = risk(5, 4);
        open();
        details();
        click("risk-step-close");
        test($(TextArea.class).id("risk-close-note")).setValue("Backup supplier signed");
        click("risk-close-save");

        assertThat(notifications()).contains("Closing recorded");
        var risk = queries.risk(id).record();
        assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(risk.awaiting()).isPresent();
        assertThat(textOf($(Span.class).id("risk-awaiting"))).contains("Backup supplier signed");
        assertThat(button("risk-step-close").isEnabled()).isFalse();
        assertThat(textOf($(Span.class).id("risk-step-close-blocked")))
                .contains("This major risk waits for the director's sign-off.");
        assertThat($(Button.class).withId("risk-step-sign-off").exists()).as("the manager does not sign off")
                .isFalse();
    }

    @Test
    void the_manager_re_rates_a_risk_and_finds_it_in_its_history() {
        var id = risk(2, 3);
        open();
        details();
        click("risk-step-rerate");
        test($(IntegerField.class).id("risk-rerate-likelihood")).setValue(4);
        test($(TextArea.class).id("risk-rerate-reason")).setValue("Second supplier went bankrupt");
        click("risk-rerate-save");

        assertThat(notifications()).contains("Risk re-rated");
        assertThat(queries.risk(id).record().rating()).isEqualTo(new RiskRating(4, 3));
        var history = this.<Object>grid("risk-reratings");
        assertThat(rowTexts(history, 0)).contains("2 × 3 = 6, Medium", "4 × 3 = 12, High",
                "Second supplier went bankrupt");
    }

    @Test
    void a_figure_beyond_the_threshold_raises_the_contingency_plan_and_shows_as_breached() {
        var id = risk(3, 3);
        manage.addIndicator(id, new NewIndicator("Late deliveries %", new RiskThreshold(RiskThreshold.Side.ABOVE,
                new BigDecimal("10")), FigureSource.entered()), 1);
        open();
        details();
        click("risk-figure-enter");
        test($(BigDecimalField.class).id("risk-figure-value")).setValue(new BigDecimal("12.5"));
        click("risk-figure-save");

        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Figure recorded: the threshold is breached"));
        assertThat(queries.figures(id)).singleElement().satisfies(f -> assertThat(f.breached()).isTrue());
        assertThat(rowTexts(grid("risk-figures"), 0)).contains("Late deliveries %", "Breached");
    }

    @Test
    void the_link_of_a_breach_notice_opens_its_risk() {
        var id = risk(3, 2);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("risks", QueryParameters.of("risk", id.toString()));
        assertThat($(Dialog.class).id("risk-details").isOpened()).isTrue();
        assertThat(textOf($(Span.class).id("risk-rating"))).startsWith("3 × 2 = 6, Medium");
    }

    @Test
    void the_heat_map_counts_the_open_risks_on_their_cell() {
        risk(5, 5);
        open();
        $(TabSheet.class).id("risks-tabs").setSelectedIndex(1);
        var expected = queries.heatMap(RiskFilter.OPEN).count(5, 5);
        assertThat(expected).isPositive();
        assertThat(textOf($(Div.class).id("heat-5-5"))).isEqualTo(Long.toString(expected));
        assertThat(textOf($(Span.class).id("heat-total-MAJOR")))
                .isEqualTo("Major: " + queries.heatMap(RiskFilter.OPEN).count(RiskLevel.MAJOR));
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_reads_the_register_but_finds_nothing_to_change_and_is_refused_by_the_use_case() {
        open();
        assertThat($(Button.class).withId("risks-new").exists()).isFalse();
        assertThatThrownBy(() -> risk(2, 2)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("sales.lead")
    void a_department_lead_cannot_open_the_register() {
        UI.getCurrent().navigate("risks");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_register() {
        UI.getCurrent().navigate("risks");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
    @Test
    void a_review_s_rating_changes_are_listed_with_their_new_score_and_level_before_it_is_held() {
        risk(2, 3);
        open();
        $(TabSheet.class).id("risks-tabs").setSelectedIndex(2);
        click("risk-reviews-hold");

        @SuppressWarnings("unchecked")
        ComboBox<Risk> which = $(ComboBox.class).id("risk-review-change-risk");
        var chosen = which.getListDataView().getItems().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow();
        which.setValue(chosen);
        assertThat($(IntegerField.class).id("risk-review-change-likelihood").getValue()).isEqualTo(2);
        test($(IntegerField.class).id("risk-review-change-likelihood")).setValue(4);
        test($(IntegerField.class).id("risk-review-change-impact")).setValue(4);
        click("risk-review-change-add");

        var changes = this.<Object>grid("risk-review-changes");
        assertThat(test(changes).size()).isEqualTo(1);
        assertThat(rowTexts(changes, 0)).anySatisfy(text -> assertThat(text).contains("→").contains("16"));
        click("risk-review-cancel");
    }
}
