package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghi1", "correct horse", "1234567890x", "运营管理部的密码很长1", "Pässwört!!"})
    void a_password_of_ten_or_more_characters_mixing_letters_and_other_characters_is_accepted(String typed) {
        assertThat(new Password(typed).reveal()).isEqualTo(typed);
    }

    @Test
    void a_password_of_exactly_ten_characters_is_long_enough() {
        assertThat(new Password("abcdefgh12").reveal()).hasSize(Password.MIN_LENGTH);
    }

    @Test
    void a_password_of_nine_characters_is_too_short() {
        var refusal = assertRejected(() -> new Password("abcdefg12"), "password", "validation.password.too-short");
        assertThat(refusal.arguments()).containsExactly(Password.MIN_LENGTH);
    }

    @Test
    void a_missing_password_is_too_short() {
        var refusal = assertRejected(() -> new Password(null), "password", "validation.password.too-short");
        assertThat(refusal.arguments()).containsExactly(10);
    }

    @Test
    void a_password_of_128_characters_is_accepted_and_129_is_too_long() {
        assertThat(new Password("a1".repeat(64)).reveal()).hasSize(Password.MAX_LENGTH);

        var refusal = assertRejected(() -> new Password("a1".repeat(64) + "b"), "password", "validation.too-long");
        assertThat(refusal.arguments()).containsExactly(Password.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "运营管理部运营管理部", "1234567890", "!@#$%^&*()_+", "          "})
    void a_password_of_only_letters_or_only_other_characters_is_refused(String typed) {
        assertRejected(() -> new Password(typed), "password", "validation.password.mix");
    }

    @Test
    void a_password_made_only_of_letters_is_refused_even_with_letters_outside_the_basic_plane() {
        assertRejected(() -> new Password("abcdefgh\uD835\uDC9C"), "password", "validation.password.mix");
    }

    @Test
    void a_password_never_prints_itself() {
        var password = new Password("s3cret-Passphrase");

        assertThat(password.toString()).doesNotContain("s3cret").isEqualTo("********");
        assertThat(String.valueOf(password)).doesNotContain("s3cret");
        assertThat("password=" + password).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletterspassword", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x"})
    void a_refused_password_does_not_appear_in_the_error(String typed) {
        var refusal = catchThrowableOfType(InvalidValue.class, () -> new Password(typed));

        assertThat(refusal.getMessage()).doesNotContain(typed);
        assertThat(refusal.arguments()).noneMatch(argument -> argument.toString().contains(typed));
    }
}
