package dev.opscharter.domain.survey;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTokenTest {

    @Test
    void ten_thousand_tokens_are_all_different_and_so_are_their_hashes() {
        var tokens = new HashSet<String>();
        var hashes = new HashSet<String>();
        IntStream.range(0, 10_000).mapToObj(i -> InvitationToken.random()).forEach(token -> {
            tokens.add(token.value());
            hashes.add(token.hash());
        });
        assertThat(tokens).hasSize(10_000);
        assertThat(hashes).hasSize(10_000);
    }

    @Test
    void a_token_is_256_bits_in_43_base64url_characters_without_padding() {
        var token = InvitationToken.random();
        assertThat(token.value()).hasSize(InvitationToken.LENGTH).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
    }

    @Test
    void the_hash_is_the_stable_sha_256_hex_of_the_text() {
        var token = InvitationToken.random();
        assertThat(token.hash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(token.hash())
                .isEqualTo(InvitationToken.parse(token.value()).orElseThrow().hash())
                .isNotEqualTo(token.value());
        // a known value, from another implementation: SHA-256 of 43 'A's (32 zero bytes in base64url)
        assertThat(InvitationToken.parse("A".repeat(43)).orElseThrow().hash())
                .isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    }

    @Test
    void a_token_reads_back_from_its_text() {
        var token = InvitationToken.random();
        assertThat(InvitationToken.parse(token.value())).contains(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 42
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 44
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", // padding
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", // base64, not base64url
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB", // not canonical: its last bits are not zero
            "../../../../etc/passwd/AAAAAAAAAAAAAAAAAAAA"})
    void anything_else_is_no_token(String text) {
        assertThat(InvitationToken.parse(text)).isEmpty();
    }

    @Property
    void base64url_text_is_a_token_only_when_it_encodes_32_bytes(@ForAll byte[] bytes) {
        var text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThat(InvitationToken.parse(text).isPresent()).isEqualTo(bytes.length == 32);
    }

    @Test
    void it_never_prints_itself() {
        var token = InvitationToken.random();
        assertThat(token.toString()).isEqualTo("InvitationToken[***]").doesNotContain(token.value());
        assertThat(String.valueOf(List.of(token))).doesNotContain(token.value());
    }
}
