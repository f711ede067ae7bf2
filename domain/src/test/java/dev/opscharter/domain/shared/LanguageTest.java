package dev.opscharter.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans-CN", "zh-TW", "zh-Hant-HK", "zh-SG"})
    void every_chinese_locale_means_simplified_chinese(String tag) {
        assertThat(Language.of(Locale.forLanguageTag(tag))).isEqualTo(Language.ZH_CN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "fr-FR", "de", "ja-JP", "und"})
    void every_other_locale_means_english(String tag) {
        assertThat(Language.of(Locale.forLanguageTag(tag))).isEqualTo(Language.EN);
    }

    @Test
    void the_root_locale_means_english() {
        assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.EN);
    }

    @Test
    void each_language_has_its_locale_and_finds_itself_again() {
        assertThat(Language.ZH_CN.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
        for (Language language : Language.values()) {
            assertThat(Language.of(language.locale())).isEqualTo(language);
        }
    }
}
