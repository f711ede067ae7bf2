package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.compliance.BackgroundOutcome;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A specialist records daily actuals: a day's value typed in, or a file imported — a refusal names its row
 * and the reason in the user's language and stores nothing; the corrected file shows what it added, and
 * again, that nothing changed.
 */
@OpsCharterSpringTest
@WithUserDetails("specialist")
class ActualsViewIT extends ViewTest {

    @Autowired
    ManageTargets manage;
    @Autowired
    TargetQueries queries;
    @Autowired
    UserDetailsService users;

    private SeededTarget seeded;

    @BeforeEach
    void a_unit_and_a_metric_exist() {
        seeded = SeededTarget.create(new SignedIn(users), manage);
    }

    private void open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("targets/actuals");
    }

    private String upload(String fileName, String csv) {
        test($(Upload.class).id("actuals-upload")).upload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        BackgroundOutcome.await(() -> !$(Div.class).id("actuals-result").getChildren().toList().isEmpty());
        return $(Div.class).id("actuals-result").getElement().getTextRecursively();
    }

    private String rows(String secondUnit) {
        return "unit_code,metric_code,day,value\r\n"
                + seeded.unitCode() + "," + seeded.metricCode() + ",2026-03-01,100\r\n"
                + secondUnit + "," + seeded.metricCode() + ",2026-03-02,200\r\n";
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_days_value_is_entered_by_hand_and_a_missing_one_is_asked_for_at_its_field() {
        open(Locale.ENGLISH);
        test((ComboBox<Object>) $(ComboBox.class).id("actuals-unit")).selectItem(seeded.unitLabel());
        test((ComboBox<Object>) $(ComboBox.class).id("actuals-metric"))
                .selectItem(seeded.metricCode() + " · " + seeded.metricName());
        test(datePicker("actuals-day")).setValue(LocalDate.of(2026, 2, 3));
        click("actuals-record");
        assertThat($(BigDecimalField.class).id("actuals-value").isInvalid()).isTrue();

        test($(BigDecimalField.class).id("actuals-value")).setValue(new BigDecimal("88.5"));
        click("actuals-record");

        assertThat(notifications()).contains("Recorded");
        assertThat(queries.days(seeded.unit(), seeded.metric(), new Period.Quarter(2026, 1)))
                .singleElement().satisfies(day -> assertThat(day.value()).isEqualByComparingTo("88.5"));
    }

    @Test
    void an_import_refusal_shows_its_row_and_reason_and_nothing_is_stored() {
        open(Locale.SIMPLIFIED_CHINESE);
        var unknown = SeededTarget.code("NOPE");

        assertThat(upload("actuals.csv", rows(unknown))).startsWith("文件未导入（第 3 行）：").contains(unknown);
        assertThat(queries.days(seeded.unit(), seeded.metric(), new Period.Quarter(2026, 1))).isEmpty();
    }

    @Test
    void the_corrected_file_is_imported_and_again_changes_nothing() {
        open(Locale.ENGLISH);

        assertThat(upload("actuals.csv", rows(seeded.unitCode())))
                .startsWith("actuals.csv: 2 rows received, 2 added, 0 changed, 0 unchanged.");
        assertThat(queries.days(seeded.unit(), seeded.metric(), new Period.Quarter(2026, 1))).hasSize(2);
        assertThat(upload("actuals.csv", rows(seeded.unitCode())))
                .startsWith("actuals.csv: 2 rows received, 0 added, 0 changed, 2 unchanged.");
    }
}
