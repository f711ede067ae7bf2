package dev.opscharter.domain.shared;

import org.junit.jupiter.api.Test;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class BilingualNameTest {

    @Test
    void a_name_is_kept_in_both_languages_without_surrounding_blanks() {
        var name = new BilingualName("  财务部 ", " Finance  ");

        assertThat(name.chinese()).isEqualTo("财务部");
        assertThat(name.english()).isEqualTo("Finance");
    }

    @Test
    void a_name_is_shown_in_the_language_asked_for() {
        var name = new BilingualName("运营管理部", "Operations Management");

        assertThat(name.in(Language.ZH_CN)).isEqualTo("运营管理部");
        assertThat(name.in(Language.EN)).isEqualTo("Operations Management");
    }

    @Test
    void both_names_are_required() {
        assertRejected(() -> new BilingualName(" ", "Finance"), "nameZh", "validation.required");
        assertRejected(() -> new BilingualName(null, "Finance"), "nameZh", "validation.required");
        assertRejected(() -> new BilingualName("财务部", ""), "nameEn", "validation.required");
        assertRejected(() -> new BilingualName("财务部", null), "nameEn", "validation.required");
    }

    @Test
    void each_name_is_at_most_120_characters() {
        var longest = new BilingualName("部".repeat(120), "x".repeat(120));
        assertThat(longest.chinese()).hasSize(120);

        var chinese = assertRejected(() -> new BilingualName("部".repeat(121), "Finance"), "nameZh",
                "validation.too-long");
        assertThat(chinese.arguments()).containsExactly(BilingualName.MAX_LENGTH);
        var english = assertRejected(() -> new BilingualName("财务部", "x".repeat(121)), "nameEn",
                "validation.too-long");
        assertThat(english.arguments()).containsExactly(BilingualName.MAX_LENGTH);
    }

    @Test
    void the_length_limit_applies_after_trimming() {
        assertThat(new BilingualName("  " + "部".repeat(120) + "  ", "Finance").chinese()).hasSize(120);
    }
}
