package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.shared.port.out.Transactions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcExecutionRecordsIT extends ExecutionRecordsContract {

    @Autowired
    private ExecutionRecords records;

    @Autowired
    private Transactions transactions;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected ExecutionRecords records() {
        return records;
    }

    @Test
    void a_batch_inside_a_transaction_that_fails_later_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions.run(() -> {
            try (var batch = records.begin("test.csv", "李专员")) {
                batch.add("A", process, "S", "R", at(1));
                batch.commit();
            }
            assertThat(records.caseEvents(process, "A")).as("visible inside the transaction").isPresent();
            throw new IllegalStateException("the audit entry could not be written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(records.caseEvents(process, "A")).isEmpty();
        assertThat(jdbc.sql("select count(*) from execution_case where process_code = :p").param("p", process)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_batch_abandoned_inside_a_transaction_stores_nothing_and_the_transaction_goes_on() {
        transactions.run(() -> {
            try (var batch = records.begin("test.csv", "李专员")) {
                batch.add("A", process, "S", "R", at(1));
            }
            try (var batch = records.begin("second.csv", "李专员")) {
                batch.add("B", process, "S", "R", at(2));
                batch.commit();
            }
        });
        assertThat(records.caseEvents(process, "A")).isEmpty();
        assertThat(records.caseEvents(process, "B")).isPresent();
    }

    @Test
    void the_case_summary_follows_the_events() {
        try (var batch = records.begin("test.csv", "李专员")) {
            batch.add("A", process, "S1", "R", at(10));
            batch.add("A", process, "S2", "R", at(20));
            batch.commit();
        }
        try (var batch = records.begin("test.csv", "李专员")) {
            batch.add("A", process, "S0", "R", at(5));
            batch.add("A", process, "S2", "R", at(20));
            batch.add("A", process, "S3", "R", at(30));
            batch.commit();
        }
        var row = jdbc.sql("select first_at, last_at, events from execution_case where process_code = :p and case_id = 'A'")
                .param("p", process)
                .query((rs, n) -> new Object[]{JdbcExecutionRecords.instant(rs, 1), JdbcExecutionRecords.instant(rs, 2),
                        rs.getLong(3)})
                .single();
        assertThat(row).containsExactly(at(5), at(30), 4L);
    }

    @Test
    void reading_streams_inside_a_read_only_transaction_too() {
        try (var batch = records.begin("test.csv", "李专员")) {
            for (int i = 0; i < 25_000; i++) {
                batch.add("C" + i, process, "S", "R", at(i % 1000));
            }
            batch.commit();
        }
        var count = new AtomicLong();
        transactions.readOnly(() -> {
            records.forEachCase(process, Instant.EPOCH, at(1_000_000), (caseId, events) -> count.incrementAndGet());
            return null;
        });
        assertThat(count).hasValue(25_000);
    }
}
