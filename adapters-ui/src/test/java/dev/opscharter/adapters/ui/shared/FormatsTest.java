package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures and dates as each language writes them, times in the organization's zone. */
class FormatsTest {

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void percentages_and_numbers_follow_the_language() {
        inLanguage(Locale.ENGLISH);
        assertThat(Formats.percent(0.953, 1)).isEqualTo("95.3%");
        assertThat(Formats.number(1234567)).isEqualTo("1,234,567");
        assertThat(Formats.number(0.5, 2)).isEqualTo("0.50");

        inLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(Formats.percent(0.85, 0)).isEqualTo("85%");
        assertThat(Formats.number(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void dates_are_written_the_way_each_language_writes_them() {
        var day = LocalDate.of(2026, 11, 27);
        inLanguage(Locale.ENGLISH);
        assertThat(Formats.date(day)).isEqualTo("Nov 27, 2026");
        inLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(Formats.date(day)).isEqualTo("2026年11月27日");
    }

    @Test
    void an_instant_is_shown_in_the_organization_time_zone_which_defaults_to_shanghai() {
        inLanguage(Locale.SIMPLIFIED_CHINESE);
        // 16:30 UTC on 31 March is already 1 April in Shanghai: the day a quarter starts
        assertThat(Formats.dateTime(Instant.parse("2026-03-31T16:30:00Z"))).startsWith("2026年4月1日");
    }

    private static void inLanguage(Locale locale) {
        var ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }
}
