package dev.opscharter.adapters.persistence.incidents;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcIncidentsIT extends IncidentsContract {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcIncidentsIT.class);

    @Autowired
    private Incidents incidents;
    @Autowired
    private IncidentTypes types;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Incidents incidents() {
        return incidents;
    }

    @Override
    protected IncidentTypes types() {
        return types;
    }

    @Test
    void the_database_refuses_a_step_out_of_order_or_half_recorded_and_an_unknown_escalation() {
        var insert = """
                insert into incident (id, type_code, title, reported_by, reported_at, %s, version)
                values (gen_random_uuid(), 'SYSTEM_FAILURE', 't', 'manager', now(), %s, 1)""";
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("measure_at, measure_by, measure",
                "now(), 'specialist', 'm'")).update()).hasMessageContaining("incident_measure_in_order");
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("cause_at, cause_by", "now(), 'specialist'")).update())
                .hasMessageContaining("incident_cause_whole");
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("cause_at, cause_by, cause",
                "now() - interval '1 hour', 'specialist', 'c'")).update())
                .hasMessageContaining("incident_cause_in_order");
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("escalated", "array['LATE']")).update())
                .hasMessageContaining("incident_escalated_known");
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("major_accident", "true")).update())
                .hasMessageContaining("incident_ruling_whole");
    }

    /**
     * The scorecard reads a quarter's incidents: with a year of 5 000 handled incidents, the quarter's 1 250 are
     * read (warm) in well under the 15 ms aimed at on a quiet machine; the bound here leaves room for a busy one.
     */
    @Test
    void a_quarter_of_a_busy_year_is_read_quickly() {
        var year = OffsetDateTime.of(3000 + ThreadLocalRandom.current().nextInt(5000), 1, 1, 0, 0, 0, 0,
                ZoneOffset.UTC).toInstant();
        jdbc.sql("""
                        insert into incident (id, type_code, title, reported_by, reported_at, cause_at, cause_by, cause,
                            measure_at, measure_by, measure, notified_at, notified_by, stakeholders, post_mortem_at,
                            post_mortem_by, post_mortem, follow_ups, escalated, version)
                        select gen_random_uuid(), 'SYSTEM_FAILURE', '事件 ' || n, 'manager', at,
                            at + interval '1 hour', 'specialist', '原因 ' || n,
                            at + interval '3 hours', 'specialist', '措施 ' || n,
                            at + interval '5 hours', 'manager', array['客服部', '销售部'],
                            at + interval '50 hours', 'manager', '复盘 ' || n, '{}', '{}', 1
                        from generate_series(0, 4999) n,
                             lateral (select cast(:year as timestamptz) + n * interval '105 minutes' as at) t""")
                .param("year", year.atOffset(ZoneOffset.UTC)).update();
        var from = year;
        var until = year.plus(Duration.ofDays(91));

        long best = Long.MAX_VALUE;
        int read = 0;
        for (int i = 0; i < 15; i++) {
            long started = System.nanoTime();
            read = incidents.reportedBetween(from, until).size();
            best = Math.min(best, System.nanoTime() - started);
        }
        LOG.info("reportedBetween: {} incidents of a quarter in {} ms (best of 15)", read, best / 1_000_000.0);
        assertThat(read).isEqualTo(1248);
        assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(100));
    }
}
