package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceIntegrationTest
class JdbcProcessedRequestsIT extends ProcessedRequestsContract {

    @Autowired
    private ProcessedRequests requests;

    @Autowired
    private Transactions transactions;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected ProcessedRequests requests() {
        return requests;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    /**
     * Two transactions with the same key at once (two servers, or a click sent twice): the second
     * waits on the first's claim and then answers its result.
     */
    @Test
    void a_concurrent_duplicate_waits_for_the_first_and_answers_its_result() throws Exception {
        // two threads of their own: the common pool may have a single one on two cores
        try (var threads = Executors.newFixedThreadPool(2)) {
            aConcurrentDuplicate(threads);
        }
    }

    private void aConcurrentDuplicate(ExecutorService threads) throws Exception {
        var key = RequestKey.fresh();
        var firstClaimed = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var created = new AtomicInteger();
        var first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> new Once(requests)
                .create(key, "Thing.create", () -> {
                    firstClaimed.countDown();
                    await(releaseFirst);
                    return "thing-" + created.incrementAndGet();
                }, a -> a, t -> t)), threads);
        assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> new Once(requests)
                .create(key, "Thing.create", () -> "thing-" + created.incrementAndGet(), a -> a, t -> t)), threads);
        waitUntilBlockedOnALock();
        assertThat(second).isNotDone();

        releaseFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("thing-1");
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("thing-1");
        assertThat(created).hasValue(1);
    }

    private void waitUntilBlockedOnALock() throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("select count(*) from pg_locks where not granted").query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).as("the duplicate waits on the first claim").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
