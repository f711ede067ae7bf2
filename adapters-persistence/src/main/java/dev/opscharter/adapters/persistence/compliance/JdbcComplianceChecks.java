package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.CaseSpan;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks in {@code compliance_check}, runs in {@code compliance_check_run} and their results in the
 * {@code compliance_check_*} tables (V7). Deviating cases and their deviations are written with
 * {@code COPY} on the transaction's connection, a batch at a time; the aggregates with batch inserts
 * on publish, which also switches the check to the new run and deletes the one it replaces — all in
 * the caller's transaction, so a run that does not complete leaves nothing behind.
 */
@Component
class JdbcComplianceChecks implements ComplianceChecks {

    private static final String EVERY_PROCESS = "";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;
    private final DataSource dataSource;

    JdbcComplianceChecks(JdbcClient jdbc, NamedParameterJdbcOperations batches, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.dataSource = dataSource;
    }

    private static final String ENTRY = """
            select c.id, c.period_key, c.process_code, c.state, c.failure, c.closed, c.closed_at, c.closed_by,
                   r.started_at, r.started_by, r.cases_evaluated, r.cases_compliant
            from compliance_check c
            left join compliance_check_run r on r.id = c.current_run_id
            """;

    @Override
    public CheckEntry open(Period period, Optional<ProcessCode> process) {
        var scope = process.map(ProcessCode::value).orElse(EVERY_PROCESS);
        jdbc.sql("""
                        insert into compliance_check (id, period_key, process_code, state)
                        values (:id, :period, :process, 'QUEUED')
                        on conflict (period_key, process_code) do nothing""")
                .param("id", UUID.randomUUID())
                .param("period", period.key())
                .param("process", scope)
                .update();
        return jdbc.sql(ENTRY + " where c.period_key = :period and c.process_code = :process")
                .param("period", period.key())
                .param("process", scope)
                .query((rs, n) -> entry(rs))
                .single();
    }

    /** The database decides a race: a second caller's upsert waits for the first's row and then finds it QUEUED. */
    @Override
    public Optional<CheckId> queue(Period period, Optional<ProcessCode> process) {
        return jdbc.sql("""
                        insert into compliance_check (id, period_key, process_code, state)
                        values (:id, :period, :process, 'QUEUED')
                        on conflict (period_key, process_code) do update set state = 'QUEUED', failure = null
                        where compliance_check.state not in ('QUEUED', 'RUNNING') and not compliance_check.closed
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("period", period.key())
                .param("process", process.map(ProcessCode::value).orElse(EVERY_PROCESS))
                .query((rs, n) -> new CheckId(rs.getObject(1, UUID.class)))
                .optional();
    }

    @Override
    public Optional<CheckEntry> byId(CheckId id) {
        return jdbc.sql(ENTRY + " where c.id = :id").param("id", id.value()).query((rs, n) -> entry(rs)).optional();
    }

    @Override
    public List<CheckEntry> all() {
        return jdbc.sql(ENTRY + " order by " + NEWEST_FIRST).query((rs, n) -> entry(rs)).list();
    }

    @Override
    public List<CheckEntry> page(CheckFilter filter, PageRequest page) {
        return jdbc.sql(ENTRY + SCOPE + SqlPage.orderAndLimit(page, SORT_KEYS, NEWEST_FIRST + ", c.created_at desc, c.id"))
                .param("any", filter.process().isEmpty())
                .param("process", filter.process().map(ProcessCode::value).orElse(EVERY_PROCESS))
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query((rs, n) -> entry(rs)).list();
    }

    @Override
    public long count(CheckFilter filter) {
        return jdbc.sql("select count(*) from compliance_check c " + SCOPE)
                .param("any", filter.process().isEmpty())
                .param("process", filter.process().map(ProcessCode::value).orElse(EVERY_PROCESS))
                .query(Long.class).single();
    }

    /** Newest year first; within a year its quarters, newest first, then the year itself; every process first. */
    private static final String NEWEST_FIRST =
            "left(c.period_key, 4) desc, length(c.period_key) desc, c.period_key desc, c.process_code";

    /** The period's key sorts as the list does: a year ("2011") before its quarters ("2011-Q1"), descending after. */
    private static final Map<String, String> SORT_KEYS = Map.of(
            "period", "c.period_key",
            "state", "c.state");

    private static final String SCOPE = " where (:any or c.process_code = :process) ";

    private static CheckEntry entry(ResultSet rs) throws SQLException {
        var process = rs.getString("process_code");
        var startedAt = instant(rs, "started_at");
        return new CheckEntry(new CheckId(rs.getObject("id", UUID.class)), Period.parse(rs.getString("period_key")),
                process.isEmpty() ? Optional.empty() : Optional.of(new ProcessCode(process)),
                RunState.valueOf(rs.getString("state")), rs.getBoolean("closed"),
                startedAt == null ? Optional.empty()
                        : Optional.of(new Rate(rs.getLong("cases_compliant"), rs.getLong("cases_evaluated"))),
                Optional.ofNullable(startedAt), Optional.ofNullable(rs.getString("started_by")),
                Optional.ofNullable(rs.getString("failure")), Optional.ofNullable(instant(rs, "closed_at")),
                Optional.ofNullable(rs.getString("closed_by")));
    }

    @Override
    public void changeState(CheckId id, RunState state, Optional<String> failure) {
        jdbc.sql("update compliance_check set state = :state, failure = :failure where id = :id")
                .param("id", id.value())
                .param("state", state.name())
                .param("failure", failure.orElse(null), Types.VARCHAR)
                .update();
    }

    @Override
    public void markRunning(CheckId id, String instance, Instant at) {
        jdbc.sql("""
                        update compliance_check
                        set state = 'RUNNING', failure = null, heartbeat_at = :at, run_by_instance = :instance
                        where id = :id""")
                .param("id", id.value())
                .param("instance", instance)
                .param("at", timestamp(at))
                .update();
    }

    @Override
    public void heartbeat(CheckId id, Instant at) {
        jdbc.sql("update compliance_check set heartbeat_at = :at where id = :id and state = 'RUNNING'")
                .param("id", id.value())
                .param("at", timestamp(at))
                .update();
    }

    @Override
    public List<RunningCheck> running() {
        return jdbc.sql("select id, heartbeat_at, run_by_instance from compliance_check where state = 'RUNNING'")
                .query((rs, n) -> new RunningCheck(new CheckId(rs.getObject("id", UUID.class)),
                        Optional.ofNullable(instant(rs, "heartbeat_at")),
                        Optional.ofNullable(rs.getString("run_by_instance"))))
                .list();
    }

    @Override
    public void close(CheckId id, String closedBy, Instant closedAt) {
        jdbc.sql("""
                        update compliance_check set closed = true, closed_by = :by, closed_at = :at
                        where id = :id and not closed""")
                .param("id", id.value())
                .param("by", closedBy)
                .param("at", timestamp(closedAt))
                .update();
    }

    @Override
    public RunWriter beginRun(CheckId id, RunInfo run) {
        jdbc.sql("""
                        insert into compliance_check_run (id, check_id, started_at, checked_at, started_by)
                        values (:id, :check, :startedAt, :checkedAt, :startedBy)""")
                .param("id", run.run())
                .param("check", id.value())
                .param("startedAt", timestamp(run.startedAt()))
                .param("checkedAt", timestamp(run.checkedAt()))
                .param("startedBy", run.startedBy())
                .update();
        return new JdbcRunWriter(id, run.run());
    }

    private final class JdbcRunWriter implements RunWriter {

        private final CheckId check;
        private final UUID run;
        private final Connection connection;
        private final ChunkWriter chunks;

        JdbcRunWriter(CheckId check, UUID run) {
            this.check = check;
            this.run = run;
            this.connection = DataSourceUtils.getConnection(dataSource);
            this.chunks = new ChunkWriter(connection, run);
        }

        @Override
        public void add(List<CaseResult> deviatingCases) {
            chunks.add(deviatingCases);
        }

        @Override
        public void close() {
            try {
                chunks.finish();
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        @Override
        public void publish(List<ProcessResult> processes, List<UnknownProcess> unknownProcesses,
                            List<CaseSummary> worstCases, long events, Instant finishedAt) {
            chunks.finish();
            var processRows = new ArrayList<MapSqlParameterSource>();
            var typeRows = new ArrayList<MapSqlParameterSource>();
            var stepRows = new ArrayList<MapSqlParameterSource>();
            long evaluated = 0;
            long compliant = 0;
            for (var p : processes) {
                evaluated += p.rate().evaluated();
                compliant += p.rate().compliant();
                processRows.add(new MapSqlParameterSource().addValue("run", run).addValue("process", p.processCode())
                        .addValue("evaluated", p.rate().evaluated()).addValue("compliant", p.rate().compliant())
                        .addValue("events", p.events()).addValue("withoutVersion", p.withoutVersion()));
                for (var t : p.byType()) {
                    typeRows.add(new MapSqlParameterSource().addValue("run", run)
                            .addValue("process", p.processCode()).addValue("type", t.type().name())
                            .addValue("deviations", t.deviations()).addValue("cases", t.cases()));
                }
                for (var s : p.byStep()) {
                    stepRows.add(new MapSqlParameterSource().addValue("run", run)
                            .addValue("process", p.processCode()).addValue("step", s.stepCode())
                            .addValue("type", s.type().name()).addValue("deviations", s.deviations()));
                }
            }
            batch("""
                    insert into compliance_check_process (run_id, process_code, cases_evaluated, cases_compliant,
                                                          events, without_version)
                    values (:run, :process, :evaluated, :compliant, :events, :withoutVersion)""", processRows);
            batch("""
                    insert into compliance_check_type_tally (run_id, process_code, deviation_type, deviations, cases)
                    values (:run, :process, :type, :deviations, :cases)""", typeRows);
            batch("""
                    insert into compliance_check_step_tally (run_id, process_code, step_code, deviation_type,
                                                             deviations)
                    values (:run, :process, :step, :type, :deviations)""", stepRows);
            batch("""
                    insert into compliance_check_unknown_process (run_id, process_code, cases, events)
                    values (:run, :process, :cases, :events)""", unknownProcesses.stream()
                    .map(u -> new MapSqlParameterSource().addValue("run", run).addValue("process", u.processCode())
                            .addValue("cases", u.cases()).addValue("events", u.events())).toList());
            var worstRows = new ArrayList<MapSqlParameterSource>();
            for (int rank = 0; rank < worstCases.size(); rank++) {
                var c = worstCases.get(rank);
                worstRows.add(new MapSqlParameterSource().addValue("run", run).addValue("rank", rank)
                        .addValue("process", c.processCode()).addValue("caseId", c.caseId())
                        .addValue("version", c.version()).addValue("first", timestamp(c.firstEvent()))
                        .addValue("last", timestamp(c.lastEvent())).addValue("events", c.events())
                        .addValue("spanFrom", c.span().map(span -> timestamp(span.from())).orElse(null))
                        .addValue("spanTo", c.span().map(span -> timestamp(span.to())).orElse(null))
                        .addValue("deviations", c.deviations()).addValue("types", types(c.types())));
            }
            batch("""
                    insert into compliance_check_worst_case (run_id, rank, process_code, case_id, version_number,
                                                             first_event_at, last_event_at, span_from_at,
                                                             span_to_at, events, deviations, deviation_types)
                    values (:run, :rank, :process, :caseId, :version, :first, :last, :spanFrom, :spanTo, :events,
                            :deviations, :types)""", worstRows);
            jdbc.sql("""
                            update compliance_check_run
                            set finished_at = :finishedAt, events = :events, cases_evaluated = :evaluated,
                                cases_compliant = :compliant
                            where id = :run""")
                    .param("run", run)
                    .param("finishedAt", timestamp(finishedAt))
                    .param("events", events)
                    .param("evaluated", evaluated)
                    .param("compliant", compliant)
                    .update();
            var replaced = jdbc.sql("select id from compliance_check_run where check_id = :check and id <> :run")
                    .param("check", check.value())
                    .param("run", run)
                    .query(UUID.class).list();
            jdbc.sql("""
                            update compliance_check set current_run_id = :run, state = 'DONE', failure = null
                            where id = :check""")
                    .param("check", check.value())
                    .param("run", run)
                    .update();
            if (!replaced.isEmpty()) {
                var ids = replaced.toArray(UUID[]::new);
                for (var table : List.of("compliance_check_case_chunk", "compliance_check_worst_case", "compliance_check_unknown_process",
                        "compliance_check_step_tally", "compliance_check_type_tally", "compliance_check_process")) {
                    jdbc.sql("delete from " + table + " where run_id = any(:runs)").param("runs", ids).update();
                }
                jdbc.sql("delete from compliance_check_run where id = any(:runs)").param("runs", ids).update();
            }
        }
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static String types(List<DeviationType> types) {
        var text = new StringBuilder();
        for (var type : types) {
            text.append(text.isEmpty() ? "" : ",").append(type.name());
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<CheckReport> report(CheckId id) {
        var check = byId(id);
        if (check.isEmpty()) {
            return Optional.empty();
        }
        var run = jdbc.sql("""
                        select r.id, r.started_at, r.checked_at, r.finished_at, r.started_by, r.events
                        from compliance_check c join compliance_check_run r on r.id = c.current_run_id
                        where c.id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new RunInfo(rs.getObject("id", UUID.class), instantOf(rs, "started_at"),
                        instantOf(rs, "checked_at"), instantOf(rs, "finished_at"), rs.getString("started_by"),
                        rs.getLong("events")))
                .optional();
        if (run.isEmpty()) {
            return Optional.empty();
        }
        var runId = run.get().run();
        var types = new HashMap<String, List<TypeTally>>();
        jdbc.sql("""
                        select process_code, deviation_type, deviations, cases from compliance_check_type_tally
                        where run_id = :run""")
                .param("run", runId)
                .query(rs -> {
                    types.computeIfAbsent(rs.getString("process_code"), p -> new ArrayList<>())
                            .add(new TypeTally(DeviationType.valueOf(rs.getString("deviation_type")),
                                    rs.getLong("deviations"), rs.getLong("cases")));
                });
        types.values().forEach(list -> list.sort((a, b) -> a.type().compareTo(b.type())));
        var steps = new HashMap<String, List<StepTally>>();
        jdbc.sql("""
                        select process_code, step_code, deviation_type, deviations from compliance_check_step_tally
                        where run_id = :run order by process_code, step_code""")
                .param("run", runId)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getString("process_code"), p -> new ArrayList<>())
                            .add(new StepTally(rs.getString("step_code"),
                                    DeviationType.valueOf(rs.getString("deviation_type")), rs.getLong("deviations")));
                });
        steps.values().forEach(list -> list.sort((a, b) -> a.stepCode().equals(b.stepCode())
                ? a.type().compareTo(b.type()) : a.stepCode().compareTo(b.stepCode())));
        var processes = jdbc.sql("""
                        select process_code, cases_evaluated, cases_compliant, events, without_version
                        from compliance_check_process where run_id = :run order by process_code""")
                .param("run", runId)
                .query((rs, n) -> {
                    var code = rs.getString("process_code");
                    return new ProcessResult(code, Optional.empty(),
                            new Rate(rs.getLong("cases_compliant"), rs.getLong("cases_evaluated")),
                            rs.getLong("events"), rs.getLong("without_version"), types.getOrDefault(code, List.of()),
                            steps.getOrDefault(code, List.of()));
                })
                .list();
        var unknown = jdbc.sql("""
                        select process_code, cases, events from compliance_check_unknown_process
                        where run_id = :run order by process_code""")
                .param("run", runId)
                .query((rs, n) -> new UnknownProcess(rs.getString("process_code"), rs.getLong("cases"),
                        rs.getLong("events")))
                .list();
        var worst = jdbc.sql("""
                        select process_code, case_id, version_number, first_event_at, last_event_at,
                               span_from_at, span_to_at, events, deviations, deviation_types
                        from compliance_check_worst_case
                        where run_id = :run order by rank""")
                .param("run", runId)
                .query((rs, n) -> summary(rs))
                .list();
        return Optional.of(CheckReport.of(check.get(), run.get(), processes, worst, unknown));
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        var types = rs.getString("deviation_types");
        return new CaseSummary(rs.getString("process_code"), rs.getString("case_id"), rs.getInt("version_number"),
                instantOf(rs, "first_event_at"), instantOf(rs, "last_event_at"), span(rs), rs.getInt("events"),
                rs.getInt("deviations"), types.isEmpty() ? List.of()
                : Arrays.stream(types.split(",")).map(DeviationType::valueOf).toList());
    }

    private static Optional<CaseSpan> span(ResultSet rs) throws SQLException {
        return rs.getObject("span_from_at") == null ? Optional.empty()
                : Optional.of(new CaseSpan(instantOf(rs, "span_from_at"), instantOf(rs, "span_to_at")));
    }

    /**
     * Found through the case's first event as the records hold it: the chunks whose range of first
     * events holds it (one, or two where a chunk boundary falls within a tie). A case the records do
     * not hold (any more) is looked for in every chunk of the process.
     */
    @Override
    public Optional<CaseResult> deviatingCase(CheckId id, String processCode, String caseId) {
        return positioned(id, processCode, caseId).map(cursor -> {
            var deviations = new ArrayList<Deviation>(Math.min(cursor.deviations(), 10_000));
            while (cursor.hasDeviation()) {
                deviations.add(cursor.nextDeviation());
            }
            return new CaseResult(cursor.summary(), deviations);
        });
    }

    @Override
    public Optional<StoredCase> storedCase(CheckId id, String processCode, String caseId) {
        return positioned(id, processCode, caseId).map(cursor -> new StoredCase(cursor.version(), cursor.deviations()));
    }

    /** Read from the stored chunk a slice at a time; only the page's deviations are kept. */
    @Override
    public List<Deviation> deviations(CheckId id, String processCode, String caseId, Optional<TimeSpan> at,
                                      long offset, int limit) {
        var page = new ArrayList<Deviation>(Math.min(limit, 1_000));
        positioned(id, processCode, caseId).ifPresent(cursor -> {
            long matched = 0;
            while (cursor.hasDeviation() && page.size() < limit) {
                var deviation = cursor.nextDeviation();
                if (at.map(span -> span.holds(deviation.at())).orElse(true) && matched++ >= offset) {
                    page.add(deviation);
                }
            }
        });
        return page;
    }

    /** A cursor at the case's first deviation, over the chunk that holds the case. */
    private Optional<ChunkCursor> positioned(CheckId id, String processCode, String caseId) {
        var firstEvent = jdbc.sql("""
                        select first_at from execution_case where process_code = :process and case_id = :caseId""")
                .param("process", processCode)
                .param("caseId", caseId)
                .query(OffsetDateTime.class)
                .optional();
        var candidates = jdbc.sql("""
                        select k.run_id, k.chunk
                        from compliance_check c
                        join compliance_check_case_chunk k on k.run_id = c.current_run_id
                        where c.id = :id and k.process_code = :process
                          and (cast(:first as timestamptz) is null
                               or cast(:first as timestamptz) between k.first_start and k.last_start)
                        order by k.chunk""")
                .param("id", id.value())
                .param("process", processCode)
                .param("first", firstEvent.orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                .query((rs, n) -> new ChunkKey(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        for (var key : candidates) {
            var cursor = new ChunkCursor(processCode, new PayloadSlices(jdbc, key.run(), processCode, key.chunk()));
            while (cursor.nextCase()) {
                if (cursor.caseId().equals(caseId)) {
                    return Optional.of(cursor);
                }
            }
        }
        return Optional.empty();
    }

    private record ChunkKey(UUID run, int chunk) {
    }

    private record CountedChunk(UUID run, int chunk, int cases) {
    }

    /** Chunks before the page are skipped by their case counts; only the page's chunks are read. */
    @Override
    public List<CaseSummary> deviatingCases(CheckId id, String processCode, int offset, int limit) {
        var chunks = jdbc.sql("""
                        select k.run_id, k.chunk, k.cases
                        from compliance_check c
                        join compliance_check_case_chunk k on k.run_id = c.current_run_id
                        where c.id = :id and k.process_code = :process
                        order by k.chunk""")
                .param("id", id.value())
                .param("process", processCode)
                .query((rs, n) -> new CountedChunk(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
                .list();
        var page = new ArrayList<CaseSummary>(Math.min(limit, 1_000));
        long skipped = 0;
        for (var chunk : chunks) {
            if (page.size() >= limit) {
                break;
            }
            if (skipped + chunk.cases() <= offset) {
                skipped += chunk.cases();
                continue;
            }
            var cursor = new ChunkCursor(processCode, new PayloadSlices(jdbc, chunk.run(), processCode,
                    chunk.chunk()));
            while (page.size() < limit && cursor.nextCase()) {
                if (skipped++ >= offset) {
                    page.add(cursor.summary());
                }
            }
        }
        return page;
    }

    private static @Nullable Duration duration(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(value);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instantOf(ResultSet rs, String column) throws SQLException {
        var value = instant(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is missing");
        }
        return value;
    }

}
