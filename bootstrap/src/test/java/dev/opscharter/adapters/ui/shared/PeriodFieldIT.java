package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.kit.PeriodField;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Period.Quarter;
import dev.opscharter.domain.shared.Period.Year;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The period field as a user meets it: choosing a recent period, typing another, and typing a mistake. */
@OpsCharterSpringTest
class PeriodFieldIT extends ViewTest {

    private PeriodField field() {
        var field = new PeriodField("period", PeriodField.recent(LocalDate.of(2026, 5, 14), 2));
        UI.getCurrent().add(field);
        return field;
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Period> choice() {
        return $(ComboBox.class).id("period-choice");
    }

    private void type(String text) {
        ComponentUtil.fireEvent(choice(), new CustomValueSetEvent<>(choice(), true, text));
    }

    @Test
    void a_recent_period_is_chosen_by_its_label() {
        var field = field();

        test(choice()).selectItem("Q1 2026");

        assertThat(field.getValue()).isEqualTo(new Quarter(2026, 1));
        assertThat(test(choice()).getSuggestions()).startsWith("Year 2026", "Q2 2026", "Q1 2026", "Year 2025");
    }

    @Test
    void another_period_is_typed_as_its_key_and_offered_from_then_on() {
        var field = field();

        type("2011-Q2");

        assertThat(field.getValue()).isEqualTo(new Quarter(2011, 2));
        assertThat(field.isInvalid()).isFalse();
        assertThat(test(choice()).getSuggestions()).first().isEqualTo("Q2 2011");
        type(" 2009 ");
        assertThat(field.getValue()).isEqualTo(new Year(2009));
    }

    @Test
    void a_typing_mistake_or_a_year_outside_the_bounds_is_said_on_the_field_and_leaves_it_empty() {
        var field = field();
        field.setValue(new Quarter(2026, 1));

        type("2026-Q5");

        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Not a period: 2026-Q5 (write 2026-Q3 or 2026)");

        type("1989");

        assertThat(field.getErrorMessage()).isEqualTo("The year must be between 1990 and 2100");
        assertThat(field.getValue()).isNull();

        test(choice()).selectItem("Q2 2026");

        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getValue()).isEqualTo(new Quarter(2026, 2));
    }

    @Test
    void a_value_set_by_the_view_is_shown_even_when_it_is_not_recent_and_labels_follow_the_language() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var field = field();

        field.setValue(new Quarter(2001, 3));

        assertThat(choice().getValue()).isEqualTo(new Quarter(2001, 3));
        assertThat(field.label(new Quarter(2001, 3))).isEqualTo("2001 年第 3 季度");
        assertThat(field.label(new Year(2026))).isEqualTo("2026 年度");
    }
}
