package dev.opscharter.adapters.persistence.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey guard key's fingerprint as the database keeps it ({@code survey_guard_key}, V23), so that
 * an instance started with another key is noticed before it takes a single response.
 */
@Component
public class GuardKeyFingerprint {

    private final JdbcClient jdbc;

    GuardKeyFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The fingerprint recorded: {@code fingerprint} itself on the first start (recorded now; of instances
     * starting at once, the first to commit wins and the others read it), otherwise the one recorded then.
     */
    public String recordedOr(String fingerprint) {
        jdbc.sql("insert into survey_guard_key (fingerprint) values (:fingerprint) on conflict do nothing")
                .param("fingerprint", fingerprint).update();
        return jdbc.sql("select fingerprint from survey_guard_key").query(String.class).single();
    }
}
