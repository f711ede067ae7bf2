package dev.opscharter.domain.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class DepartmentCodeTest {

    @Test
    void a_code_is_kept_in_upper_case_without_surrounding_blanks() {
        assertThat(new DepartmentCode("  finance ").value()).isEqualTo("FINANCE");
        assertThat(new DepartmentCode("Customer_Service").value()).isEqualTo("CUSTOMER_SERVICE");
    }

    @Test
    void codes_typed_in_different_cases_are_the_same_code() {
        assertThat(new DepartmentCode("hr")).isEqualTo(new DepartmentCode("HR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IT", "HR", "SALES", "SUPPLY_CHAIN", "BU_EAST_2", "A1"})
    void a_code_starts_with_a_letter_followed_by_letters_digits_or_underscores(String code) {
        assertThat(new DepartmentCode(code).value()).isEqualTo(code);
    }

    @Test
    void a_code_has_between_2_and_32_characters() {
        assertThat(new DepartmentCode("A" + "B".repeat(31)).value()).hasSize(32);
        assertRejected(() -> new DepartmentCode("A"), "code", "validation.department-code");
    }

    @Test
    void a_code_longer_than_32_characters_is_too_long() {
        var refusal = assertRejected(() -> new DepartmentCode("A".repeat(33)), "code", "validation.too-long");
        assertThat(refusal.arguments()).containsExactly(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1SALES", "_SALES", "SUPPLY-CHAIN", "SUPPLY CHAIN", "财务", "FIN.ANCE", "FIN@"})
    void a_code_in_another_form_is_refused(String code) {
        assertRejected(() -> new DepartmentCode(code), "code", "validation.department-code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void a_code_is_required(String code) {
        assertRejected(() -> new DepartmentCode(code), "code", "validation.required");
    }

    @Test
    void a_missing_code_is_required() {
        assertRejected(() -> new DepartmentCode(null), "code", "validation.required");
    }

    @Test
    void a_code_prints_as_itself() {
        assertThat(new DepartmentCode("it")).hasToString("IT");
    }
}
