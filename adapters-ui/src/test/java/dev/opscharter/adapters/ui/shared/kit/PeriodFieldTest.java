package dev.opscharter.adapters.ui.shared.kit;

import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Period.Quarter;
import dev.opscharter.domain.shared.Period.Year;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFieldTest {

    @Test
    void recent_periods_are_the_begun_quarters_and_years_newest_first_each_year_before_its_quarters() {
        assertThat(PeriodField.recent(LocalDate.of(2026, 5, 14), 2)).containsExactly(
                new Year(2026), new Quarter(2026, 2), new Quarter(2026, 1),
                new Year(2025), new Quarter(2025, 4), new Quarter(2025, 3), new Quarter(2025, 2),
                new Quarter(2025, 1));
    }

    @Test
    void recent_periods_stop_at_the_first_year_the_domain_knows() {
        var periods = PeriodField.recent(LocalDate.of(Period.MIN_YEAR + 1, 1, 1), 5);

        assertThat(periods).containsExactly(new Year(Period.MIN_YEAR + 1), new Quarter(Period.MIN_YEAR + 1, 1),
                new Year(Period.MIN_YEAR), new Quarter(Period.MIN_YEAR, 4), new Quarter(Period.MIN_YEAR, 3),
                new Quarter(Period.MIN_YEAR, 2), new Quarter(Period.MIN_YEAR, 1));
    }
}
