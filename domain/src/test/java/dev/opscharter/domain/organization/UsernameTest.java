package dev.opscharter.domain.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class UsernameTest {

    @Test
    void a_username_is_kept_in_lower_case_so_manager_and_Manager_are_one_account() {
        assertThat(new Username("Manager")).isEqualTo(new Username("manager"));
        assertThat(new Username("  Li.Wei ").value()).isEqualTo("li.wei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "li.wei", "wang_fang", "zhao-lei", "ops2", "007", "a.b-c_d"})
    void a_username_uses_letters_digits_dots_underscores_and_hyphens(String username) {
        assertThat(new Username(username).value()).isEqualTo(username);
    }

    @Test
    void a_username_has_between_3_and_40_characters() {
        assertThat(new Username("abc").value()).hasSize(3);
        assertThat(new Username("a".repeat(40)).value()).hasSize(40);
        assertRejected(() -> new Username("ab"), "username", "validation.username");
    }

    @Test
    void a_username_longer_than_40_characters_is_too_long() {
        var refusal = assertRejected(() -> new Username("a".repeat(41)), "username", "validation.too-long");
        assertThat(refusal.arguments()).containsExactly(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {".wei", "_wei", "-wei", "li wei", "li@example.com", "李伟伟", "li+wei", "li/wei"})
    void a_username_in_another_form_is_refused(String username) {
        assertRejected(() -> new Username(username), "username", "validation.username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_username_is_required(String username) {
        assertRejected(() -> new Username(username), "username", "validation.required");
    }

    @Test
    void a_missing_username_is_required() {
        assertRejected(() -> new Username(null), "username", "validation.required");
    }

    @Test
    void a_username_prints_as_itself() {
        assertThat(new Username("Li.Wei")).hasToString("li.wei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "SYSTEM"})
    void the_names_of_non_human_actors_are_reserved(String reserved) {
        assertRejected(() -> new Username(reserved), "username", "validation.username.reserved");
    }
}
