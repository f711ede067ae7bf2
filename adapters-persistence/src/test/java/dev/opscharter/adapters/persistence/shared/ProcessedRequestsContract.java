package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ProcessedRequests} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ProcessedRequestsContract {

    protected abstract ProcessedRequests requests();

    protected abstract Transactions transactions();

    private final AtomicInteger created = new AtomicInteger();

    private String createOnce(RequestKey key) {
        return transactions().inTransaction(() -> new Once(requests()).create(key, "Thing.create",
                () -> "thing-" + created.incrementAndGet(), answer -> answer, text -> text));
    }

    @Test
    void the_same_key_twice_creates_once_and_answers_the_first_result() {
        var key = RequestKey.fresh();

        assertThat(createOnce(key)).isEqualTo("thing-1");
        assertThat(createOnce(key)).isEqualTo("thing-1");
        assertThat(created).hasValue(1);
    }

    @Test
    void another_key_creates_again() {
        createOnce(RequestKey.fresh());
        assertThat(createOnce(RequestKey.fresh())).isEqualTo("thing-2");
    }

    @Test
    void a_request_that_failed_leaves_its_key_free_for_the_retry() {
        var key = RequestKey.fresh();
        assertThatThrownBy(() -> transactions().inTransaction(() -> new Once(requests()).create(key, "Thing.create",
                () -> {
                    throw new IllegalStateException("refused");
                }, answer -> answer, text -> text))).hasMessage("refused");

        assertThat(createOnce(key)).isEqualTo("thing-1");
    }

    @Test
    void a_key_used_for_another_operation_is_refused() {
        var key = RequestKey.fresh();
        createOnce(key);

        assertThatThrownBy(() -> transactions().inTransaction(() -> requests().claim(key, "Other.create")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
