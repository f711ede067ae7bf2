package dev.opscharter.domain.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @Test
    void an_address_is_kept_in_lower_case_without_surrounding_blanks() {
        assertThat(new EmailAddress("  Li.Wei@Example.COM ").value()).isEqualTo("li.wei@example.com");
    }

    @Test
    void addresses_typed_in_different_cases_are_the_same_address() {
        assertThat(new EmailAddress("HR@corp.cn")).isEqualTo(new EmailAddress("hr@corp.cn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.cn", "li.wei+ops@mail.example.com", "王芳@例子.中国"})
    void an_address_has_a_local_part_an_at_sign_and_a_domain_with_a_dot(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.wei", "li.wei@", "@example.com", "li.wei@example", "li@wei@example.com",
            "li wei@example.com", "li.wei@exa mple.com"})
    void an_address_in_another_form_is_refused(String address) {
        assertRejected(() -> new EmailAddress(address), "email", "validation.email");
    }

    @Test
    void an_address_is_required() {
        assertRejected(() -> new EmailAddress(" "), "email", "validation.required");
        assertRejected(() -> new EmailAddress(null), "email", "validation.required");
    }

    @Test
    void an_address_is_at_most_254_characters() {
        var longest = "a".repeat(244) + "@corp.com";
        assertThat(longest).hasSize(253);
        assertThat(new EmailAddress(longest + "x").value()).hasSize(254);

        var refusal = assertRejected(() -> new EmailAddress(longest + "xy"), "email", "validation.too-long");
        assertThat(refusal.arguments()).containsExactly(254);
    }

    @Test
    void an_address_prints_as_itself() {
        assertThat(new EmailAddress("HR@corp.cn")).hasToString("hr@corp.cn");
    }
}
