package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.efficiency.port.out.CaseDurations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@PersistenceIntegrationTest
class JdbcCaseDurationsIT extends CaseDurationsContract {

    @Autowired
    private CaseDurations durations;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected CaseDurations durations() {
        return durations;
    }

    /** A case summary as an import writes it: two events, the first and the last. */
    @Override
    protected void addCase(String process, Instant first, Duration duration) {
        var last = first.plus(duration);
        jdbc.sql("""
                        insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                        values (:process, :id, :first, :last, 2, array['START', 'END'], array['CLERK', 'CLERK'],
                                array[cast(:first as timestamptz), cast(:last as timestamptz)])""")
                .param("process", process)
                .param("id", UUID.randomUUID().toString())
                .param("first", Timestamp.from(first))
                .param("last", Timestamp.from(last))
                .update();
    }
}
