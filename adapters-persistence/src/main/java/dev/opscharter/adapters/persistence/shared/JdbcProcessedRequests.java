package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The request keys in {@code processed_request}. The claim is an insert that does nothing on a
 * taken key: PostgreSQL makes it wait while another open transaction holds the key, so under
 * {@code READ COMMITTED} the following read sees that transaction's committed answer.
 */
@Component
class JdbcProcessedRequests implements ProcessedRequests {

    private final JdbcClient jdbc;

    JdbcProcessedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(RequestKey key, String operation) {
        int claimed = jdbc.sql("""
                        insert into processed_request (request_key, operation) values (:key, :operation)
                        on conflict (request_key) do nothing""")
                .param("key", key.value())
                .param("operation", operation)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        var earlier = jdbc.sql("select operation, answer from processed_request where request_key = :key")
                .param("key", key.value())
                .query((rs, n) -> new String[]{rs.getString("operation"), rs.getString("answer")})
                .single();
        if (!earlier[0].equals(operation)) {
            throw new IllegalArgumentException("request " + key + " was for " + earlier[0] + ", not " + operation);
        }
        if (earlier[1] == null) {
            throw new IllegalStateException("request " + key + " was processed without an answer");
        }
        return Optional.of(earlier[1]);
    }

    @Override
    public void answer(RequestKey key, String answer) {
        jdbc.sql("update processed_request set answer = :answer where request_key = :key")
                .param("answer", answer)
                .param("key", key.value())
                .update();
    }
}
