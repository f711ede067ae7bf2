package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.domain.compliance.CaseEvent;
import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.CaseSpan;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded with data in place: execution events stored one row each (V6) end up in
 * their case's row in recorded order (V11), and deviating cases stored one row per case and per deviation (V7) are packed by V9.2 into
 * chunks that {@link DeviatingCaseChunk} reads back as they were.
 */
class ChunkMigrationIT {

    private static final UUID CHECK = UUID.randomUUID();
    private static final UUID RUN = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-07-01T01:02:03.456789Z");
    private static JdbcClient jdbc;
    private static DriverManagerDataSource dataSource;

    @BeforeAll
    static void upgrade_a_database_holding_results_of_the_old_layout() {
        var database = TestDatabase.freshDatabase("chunk_migration");
        dataSource = new DriverManagerDataSource(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        Flyway.configure().dataSource(dataSource).target("8").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into execution_case (process_code, case_id, first_at, last_at, events)
                values ('P', 'c1', '2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z', 3)""").update();
        // S2 and S0 at the same time: recorded in that order (seq), which their codes do not sort into
        jdbc.sql("""
                insert into execution_event (process_code, case_id, step_code, actor_role, occurred_at, seq)
                values ('P', 'c1', 'S2', 'R', '2026-07-02T00:00:00Z', 2),
                       ('P', 'c1', 'S1', 'R', '2026-07-01T00:00:00Z', 1),
                       ('P', 'c1', 'S0', 'R', '2026-07-02T00:00:00Z', 3)""").update();
        jdbc.sql("insert into compliance_check (id, period_key, process_code, state) values (:id, '2026-Q3', '', 'DONE')")
                .param("id", CHECK).update();
        jdbc.sql("""
                insert into compliance_check_run (id, check_id, started_at, checked_at, started_by)
                values (:run, :check, now(), now(), 'manager')""").param("run", RUN).param("check", CHECK).update();
        jdbc.sql("update compliance_check set current_run_id = :run where id = :check")
                .param("run", RUN).param("check", CHECK).update();
        jdbc.sql("""
                        insert into compliance_check_case (run_id, process_code, case_id, version_number,
                            first_event_at, last_event_at, events, deviations, deviation_types)
                        select :run, 'P', '案件-' || i, 2, cast(:t0 as timestamptz) + i * interval '1 second',
                               cast(:t0 as timestamptz) + (i + 3600) * interval '1 second', 4, 2, 'WRONG_ROLE,STEP_LATE'
                        from generate_series(0, 2000) i""")
                .param("run", RUN).param("t0", java.sql.Timestamp.from(T0)).update();
        jdbc.sql("""
                        insert into compliance_check_deviation (run_id, process_code, case_id, position,
                            deviation_type, step_code, reference_step, actor_role, taken_seconds, limit_seconds,
                            occurred_at)
                        select :run, 'P', '案件-' || i, 0, 'WRONG_ROLE', 'S1', null, 'CLERK', null, null,
                               cast(:t0 as timestamptz) + i * interval '1 second'
                        from generate_series(0, 2000) i
                        union all
                        select :run, 'P', '案件-' || i, 1, 'STEP_LATE', 'S2', 'S1', null, 180000, 172800, null
                        from generate_series(0, 2000) i""")
                .param("run", RUN).param("t0", java.sql.Timestamp.from(T0)).update();
        jdbc.sql("""
                insert into compliance_check_worst_case (run_id, rank, process_code, case_id)
                values (:run, 0, 'P', '案件-7')""").param("run", RUN).update();
        var result = Flyway.configure().dataSource(dataSource).load().migrate();
        assertThat(result.success).isTrue();
    }

    @Test
    void events_stored_one_row_each_are_kept_in_their_case_in_recorded_order() {
        var records = new JdbcExecutionRecords(dataSource, jdbc);

        assertThat(records.caseEvents("P", "c1")).hasValue(List.of(
                new CaseEvent("S1", "R", Instant.parse("2026-07-01T00:00:00Z")),
                new CaseEvent("S2", "R", Instant.parse("2026-07-02T00:00:00Z")),
                new CaseEvent("S0", "R", Instant.parse("2026-07-02T00:00:00Z"))));
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename = 'execution_event'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void deviating_cases_are_packed_into_chunks_that_read_back_as_stored() {
        var chunks = jdbc.sql("""
                        select chunk, cases, first_start, last_start, payload from compliance_check_case_chunk
                        where run_id = :run order by chunk""")
                .param("run", RUN)
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getInt(2), rs.getObject(3, java.time.OffsetDateTime.class),
                        rs.getObject(4, java.time.OffsetDateTime.class), rs.getBytes(5)})
                .list();
        assertThat(chunks).extracting(c -> c[1]).containsExactly(2_000, 1);
        assertThat(((java.time.OffsetDateTime) chunks.get(1)[2]).toInstant()).isEqualTo(T0.plusSeconds(2_000));

        var first = DeviatingCaseChunk.unpack("P", (byte[]) chunks.get(0)[4]);
        assertThat(first).hasSize(2_000);
        var expected = new CaseResult(new CaseSummary("P", "案件-0", 2, T0, T0.plusSeconds(3_600),
                // a chunk of format 1 knew no span: it shows first to last event, as it did
                Optional.of(new CaseSpan(T0, T0.plusSeconds(3_600))), 4, 2,
                List.of(DeviationType.WRONG_ROLE, DeviationType.STEP_LATE)), List.of(
                new Deviation(DeviationType.WRONG_ROLE, "S1", null, "CLERK", null, null, T0),
                new Deviation(DeviationType.STEP_LATE, "S2", "S1", null, Duration.ofSeconds(180_000),
                        Duration.ofHours(48), null)));
        assertThat(first.getFirst()).isEqualTo(expected);
        assertThat(DeviatingCaseChunk.unpack("P", (byte[]) chunks.get(1)[4]).getFirst().summary().caseId())
                .isEqualTo("案件-2000");
    }

    @Test
    void the_worst_cases_keep_their_summary_and_the_old_tables_are_gone() {
        assertThat(jdbc.sql("select deviations, deviation_types from compliance_check_worst_case where run_id = :run")
                .param("run", RUN).query((rs, n) -> rs.getInt(1) + " " + rs.getString(2)).single())
                .isEqualTo("2 WRONG_ROLE,STEP_LATE");
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename in ('compliance_check_case',"
                + " 'compliance_check_deviation')").query(Long.class).single()).isZero();
    }
}
