package dev.opscharter.adapters.ui.shared;

import dev.opscharter.adapters.messages.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_key_exists_in_both_languages() {
        var english = Messages.load("en");
        var chinese = Messages.load("zh_CN");
        assertThat(english).isNotEmpty();
        assertThat(missing(english.keySet(), chinese.keySet())).as("keys missing in Chinese").isEmpty();
        assertThat(missing(chinese.keySet(), english.keySet())).as("keys missing in English").isEmpty();
    }

    @Test
    void no_text_is_left_empty() {
        assertThat(Messages.load("en")).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(Messages.load("zh_CN")).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void chinese_is_chosen_for_any_chinese_locale_and_english_otherwise() {
        assertThat(translations.getTranslation("login.submit", Locale.SIMPLIFIED_CHINESE)).isEqualTo("登录");
        assertThat(translations.getTranslation("login.submit", Locale.forLanguageTag("zh"))).isEqualTo("登录");
        assertThat(translations.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Sign in");
    }

    @Test
    void parameters_are_formatted_for_the_locale() {
        assertThat(translations.getTranslation("validation.too-long", Locale.ENGLISH, 120))
                .isEqualTo("At most 120 characters");
        assertThat(translations.getTranslation("dashboard.greeting", Locale.SIMPLIFIED_CHINESE, "李明"))
                .isEqualTo("欢迎，李明");
    }

    @Test
    void an_unknown_key_is_visible_rather_than_blank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        var gaps = new TreeSet<>(wanted);
        gaps.removeAll(present);
        return gaps;
    }
}
