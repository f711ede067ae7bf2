package dev.opscharter.adapters.ui.appraisal;

import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "92.5 => 92.5",
            "'92,5' => 92.5",
            "'0,75' => 0.75",
            "'1,23' => 1.23",
            "'92,50 %' => 92.50",
            "'1,234' => 1234",
            "'1,234.5' => 1234.5",
            "'12,345,678' => 12345678",
            "９２．５ => 92.5",
            "'９２，５' => 92.5",
            "-3.5 => -3.5",
            "'-3,5' => -3.5",
            "' 95 % ' => 95"})
    void a_number_is_read_as_a_person_means_it_never_a_decimal_comma_as_thousands(String typed, String expected) {
        for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertThat(Decimals.parse(typed, "value", locale)).as("%s in %s", typed, locale)
                    .isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9,25,0", "92,5,0", "12,3456.5", "1.2.3", "1.234,5", "abc", "92x", ",5,", "1,234,5"})
    void what_is_not_a_number_in_either_reading_is_refused_on_its_field(String typed) {
        for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            var refusal = catchThrowableOfType(InvalidValue.class, () -> Decimals.parse(typed, "value", locale));
            assertThat(refusal).as("%s in %s", typed, locale).isNotNull();
            assertThat(refusal.messageKey()).isEqualTo("validation.value.not-a-number");
        }
    }
}
