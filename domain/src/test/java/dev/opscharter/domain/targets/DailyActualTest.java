package dev.opscharter.domain.targets;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DailyActualTest {

    @Test
    void a_value_fits_with_at_most_fourteen_digits_before_the_point_and_six_after() {
        assertThat(DailyActual.fits(new BigDecimal("99999999999999.999999"))).isTrue();
        assertThat(DailyActual.fits(new BigDecimal("-99999999999999.999999"))).isTrue();
        assertThat(DailyActual.fits(new BigDecimal("0.000001"))).isTrue();
        assertThat(DailyActual.fits(new BigDecimal("12.5000000000"))).as("trailing zeros aside").isTrue();
        assertThat(DailyActual.fits(new BigDecimal("1E+13"))).isTrue();
        assertThat(DailyActual.fits(BigDecimal.ZERO)).isTrue();

        assertThat(DailyActual.fits(new BigDecimal("100000000000000"))).isFalse();
        assertThat(DailyActual.fits(new BigDecimal("1E+14"))).isFalse();
        assertThat(DailyActual.fits(new BigDecimal("0.0000001"))).isFalse();
    }
}
