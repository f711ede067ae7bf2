package dev.opscharter.domain.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardKeyTest {

    /** The bytes 0x00 to 0x1f. */
    static final String COUNTING = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void a_generated_key_is_32_random_bytes_and_reads_back_from_its_text() {
        var key = GuardKey.generate(new SecureRandom());

        assertThat(Base64.getDecoder().decode(key.encoded())).hasSize(GuardKey.BYTES);
        assertThat(GuardKey.parse(key.encoded())).isEqualTo(key);
        assertThat(GuardKey.generate(new SecureRandom())).isNotEqualTo(key);
    }

    @Test
    void its_fingerprint_tells_keys_apart_and_is_neither_the_key_nor_a_guard() {
        var key = GuardKey.generate(new SecureRandom());
        var other = GuardKey.generate(new SecureRandom());

        assertThat(key.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(GuardKey.parse(key.encoded()).fingerprint())
                .isNotEqualTo(other.fingerprint());
        assertThat(key.fingerprint()).doesNotContain(key.encoded());
        assertThat(SubmissionGuard.of(key, InvitationId.random()).value()).isNotEqualTo(key.fingerprint());
    }

    @Test
    void it_never_prints_itself() {
        var key = GuardKey.parse(COUNTING);

        assertThat(key.toString()).isEqualTo("GuardKey[***]").doesNotContain(COUNTING);
        assertThat(key.encoded()).isEqualTo(COUNTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", // no padding
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==", // 31 bytes
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gIQ==", // 34 bytes
            " AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh_=", // base64url alphabet
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh9=", // stray low bits: not canonical
            "00010203040506070809101112131415161718192021222324252627282930313233"})
    void anything_but_the_canonical_base64_of_32_bytes_is_refused_without_repeating_it(String text) {
        assertThatThrownBy(() -> GuardKey.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .message().contains("32 bytes").satisfies(m -> {
                    if (!text.isBlank()) {
                        assertThat(m).doesNotContain(text.strip());
                    }
                });
    }

    @Test
    void null_is_refused() {
        assertThatThrownBy(() -> GuardKey.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
