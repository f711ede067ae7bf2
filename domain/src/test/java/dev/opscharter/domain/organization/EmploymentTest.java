package dev.opscharter.domain.organization;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EmploymentTest {

    private static final LocalDate LAST_DAY_OF_Q1 = LocalDate.of(2026, 3, 31);

    @Test
    void someone_still_employed_is_active_on_any_day() {
        assertThat(Employment.ACTIVE.isActiveOn(LocalDate.of(1999, 1, 1))).isTrue();
        assertThat(Employment.ACTIVE.isActiveOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void a_leaver_is_active_until_the_day_before_the_departure() {
        var left = new Employment.Left(LAST_DAY_OF_Q1);

        assertThat(left.isActiveOn(LAST_DAY_OF_Q1.minusYears(1))).isTrue();
        assertThat(left.isActiveOn(LAST_DAY_OF_Q1.minusDays(1))).isTrue();
    }

    @Test
    void a_leaver_is_not_active_on_the_departure_day_nor_after() {
        var left = new Employment.Left(LAST_DAY_OF_Q1);

        assertThat(left.isActiveOn(LAST_DAY_OF_Q1)).isFalse();
        assertThat(left.isActiveOn(LAST_DAY_OF_Q1.plusDays(1))).isFalse();
    }

    @Test
    void a_departure_needs_a_date() {
        assertThatNullPointerException().isThrownBy(() -> new Employment.Left(null));
    }
}
