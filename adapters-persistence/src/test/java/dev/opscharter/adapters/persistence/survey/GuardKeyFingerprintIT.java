package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database keeps the first key's fingerprint, answers it to every later start, and the application cannot replace it. */
@PersistenceIntegrationTest
class GuardKeyFingerprintIT {

    @Autowired
    private GuardKeyFingerprint fingerprints;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void the_first_fingerprint_stays_whatever_a_later_start_brings() {
        // the database is shared with other tests: whichever fingerprint came first is the one kept
        var first = fingerprints.recordedOr("a".repeat(64));

        assertThat(fingerprints.recordedOr("b".repeat(64))).isEqualTo(first);
        assertThat(fingerprints.recordedOr(first)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from survey_guard_key").query(Long.class).single()).isOne();
    }

    @Test
    void the_application_cannot_replace_or_remove_the_fingerprint() {
        fingerprints.recordedOr("c".repeat(64));

        assertThatThrownBy(() -> jdbc.sql("update survey_guard_key set fingerprint = :f").param("f", "d".repeat(64))
                .update()).rootCause().hasMessageContaining("permission denied for table survey_guard_key");
        assertThatThrownBy(() -> jdbc.sql("delete from survey_guard_key").update())
                .rootCause().hasMessageContaining("permission denied for table survey_guard_key");
    }
}
