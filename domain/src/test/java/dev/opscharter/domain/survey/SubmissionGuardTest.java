package dev.opscharter.domain.survey;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionGuardTest {

    private static final InvitationId INVITATION =
            new InvitationId(UUID.fromString("0e3f8c6a-5b1d-4c2e-9a7f-3d4b5c6e7f80"));

    /** Computed outside Java: Python's hmac.new(bytes(range(32)), b"0e3f8c6a-...-3d4b5c6e7f80", sha256). */
    @Test
    void it_is_the_hmac_sha_256_of_the_invitation_id_s_text_known_answer() {
        assertThat(SubmissionGuard.of(GuardKey.parse(GuardKeyTest.COUNTING), INVITATION).value())
                .isEqualTo("bcafbbebc43445bf5d438bc75ac5c056ab22cfaae1b4ca52f7533506ecafb96d");
    }

    @Test
    void the_same_invitation_under_the_same_key_gives_the_same_guard_another_key_another() {
        var key = GuardKey.generate(new SecureRandom());

        assertThat(SubmissionGuard.of(key, INVITATION)).isEqualTo(SubmissionGuard.of(key, INVITATION));
        assertThat(SubmissionGuard.of(GuardKey.generate(new SecureRandom()), INVITATION))
                .isNotEqualTo(SubmissionGuard.of(key, INVITATION));
        assertThat(SubmissionGuard.of(key, InvitationId.random())).isNotEqualTo(SubmissionGuard.of(key, INVITATION));
    }

    @Test
    void only_64_lower_case_hex_digits_are_a_guard() {
        assertThatThrownBy(() -> new SubmissionGuard("ABCDEF" + "0".repeat(58)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubmissionGuard("0".repeat(63))).isInstanceOf(IllegalArgumentException.class);
    }
}
