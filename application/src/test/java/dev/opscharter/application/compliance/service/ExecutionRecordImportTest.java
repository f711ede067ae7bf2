package dev.opscharter.application.compliance.service;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.compliance.fakes.InMemoryExecutionRecords;
import dev.opscharter.application.compliance.fakes.InMemoryImportRuns;
import dev.opscharter.application.compliance.fakes.PlainCsvFiles;
import dev.opscharter.application.shared.AdjustableClock;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportSummary;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.application.shared.fakes.InMemoryAuditLog;
import dev.opscharter.application.shared.fakes.InMemoryTransactions;
import dev.opscharter.domain.compliance.CaseEvent;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExecutionRecordImportTest {

    static final String HEADER = "case_id,process_code,step_code,actor_role,occurred_at\r\n";

    private final InMemoryExecutionRecords records = new InMemoryExecutionRecords();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final FixedActor actor = FixedActor.as("李专员", Role.OPS_SPECIALIST);
    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-07-01T00:00:00Z"));
    private final InMemoryImportRuns runs = new InMemoryImportRuns();
    private final ExecutionRecordImport imports = new ExecutionRecordImport(records,
            new UseCase(transactions, actor, auditLog, new InMemoryProcessedRequests(),
                    new BusinessCalendar(clock, () -> ZoneOffset.UTC)), runs,
            new RunHeartbeat("this-instance", Duration.ofMinutes(1), Duration.ofMinutes(2), clock), new PlainCsvFiles());

    private ImportSummary importText(String text) {
        return imports.importRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "records.csv",
                ImportProgress.NONE);
    }

    private ImportRefused refusal(String text) {
        var refused = catchThrowableOfType(ImportRefused.class, () -> importText(text));
        assertThat(refused).as("refused").isNotNull();
        assertThat(records.eventCount()).as("nothing stored").isZero();
        return refused;
    }

    // ------------------------------------------------------------- import runs

    @Test
    void an_import_is_recorded_as_a_run_with_who_ran_it_and_its_counts() {
        importText(HEADER + "C-1,COMPLAINT,S1,CLERK,2026-07-01T09:30:00+08:00\r\n");

        assertThat(imports.recentImports(10)).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(ImportState.DONE);
            assertThat(run.fileName()).isEqualTo("records.csv");
            assertThat(run.startedBy()).isEqualTo("李专员");
            assertThat(run.instance()).isEqualTo("this-instance");
            assertThat(run.received()).isEqualTo(1);
            assertThat(run.added()).isEqualTo(1);
            assertThat(run.failure()).isEmpty();
        });
    }

    @Test
    void a_refused_import_is_recorded_as_failed_with_the_line() {
        refusal(HEADER + "C-1,COMPLAINT,S1,CLERK,yesterday\r\n");

        assertThat(imports.recentImports(10)).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(ImportState.FAILED);
            assertThat(run.failure()).hasValueSatisfying(f -> assertThat(f).contains("line 2").contains("bad-timestamp"));
        });
    }

    @Test
    void an_import_the_server_stopped_is_marked_failed_and_one_under_way_elsewhere_only_once_it_is_silent() {
        var gone = interruptedRun("gone.csv");
        var elsewhere = interruptedRun("elsewhere.csv");
        try (var lease = runs.holdElsewhere(elsewhere)) {
            assertThat(imports.recoverInterrupted()).isEqualTo(1);
            assertThat(state(gone)).isEqualTo(ImportState.FAILED);
            assertThat(state(elsewhere)).isEqualTo(ImportState.RUNNING);

            clock.advance(Duration.ofMinutes(3));
            assertThat(imports.recoverInterrupted()).isEqualTo(1);
        }
        assertThat(imports.recentImports(10)).allSatisfy(run -> assertThat(run.failure())
                .contains(RunHeartbeat.INTERRUPTED));
        assertThat(auditLog.entries()).extracting(e -> e.entityLabel()).containsExactly("gone.csv", "elsewhere.csv");
    }

    private UUID interruptedRun(String file) {
        var id = UUID.randomUUID();
        runs.begin(new ImportRun(id, file, "李专员", clock.instant(), ImportState.RUNNING, clock.instant(),
                "gone-instance", Optional.empty(), Optional.empty(), 0, 0, 0));
        return id;
    }

    private ImportState state(UUID run) {
        return imports.recentImports(10).stream().filter(r -> r.id().equals(run)).findFirst().orElseThrow().state();
    }

    /** Rows of another source (a spreadsheet), numbered as that source numbers them. */
    private static final class ListRows implements ImportRows {

        private final List<List<String>> rows;
        private int at = -1;
        boolean closed;

        ListRows(List<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            return ++at < rows.size();
        }

        @Override
        public long line() {
            return 10L * (at + 1);
        }

        @Override
        public int fieldCount() {
            return rows.get(at).size();
        }

        @Override
        public String field(int index) {
            return rows.get(at).get(index);
        }

        @Override
        public long bytesRead() {
            return at;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void an_event_dated_outside_1990_to_2100_is_refused_with_its_line_and_nothing_is_stored() {
        var header = List.of("case_id", "process_code", "step_code", "actor_role", "occurred_at");
        for (var outside : List.of("1989-12-31T12:00:00Z", "2101-01-01T00:00:00Z", "0026-07-01T09:30:00+08:00")) {
            var rows = new ListRows(List.of(header,
                    List.of("D1", "COMPLAINT_HANDLING", "REGISTER", "CLERK", "2026-07-01T09:30:00+08:00"),
                    List.of("D1", "COMPLAINT_HANDLING", "RESOLVE", "AGENT", outside)));
            var refused = catchThrowableOfType(ImportRefused.class,
                    () -> imports.importRows(rows, "dates.xlsx", ImportProgress.NONE));
            assertThat(refused.messageKey()).as(outside).isEqualTo("compliance.records.refused.timestamp-out-of-range");
            assertThat(refused.line()).isEqualTo(30);
            assertThat(records.caseEvents("COMPLAINT_HANDLING", "D1")).isEmpty();
        }
        var edges = new ListRows(List.of(header,
                List.of("D2", "COMPLAINT_HANDLING", "REGISTER", "CLERK", "1990-01-01T00:00:00Z"),
                List.of("D2", "COMPLAINT_HANDLING", "RESOLVE", "AGENT", "2100-12-31T23:59:59Z")));
        assertThat(imports.importRows(edges, "edges.xlsx", ImportProgress.NONE).received()).isEqualTo(2);
    }

    @Test
    void rows_of_another_source_follow_the_same_rules_name_their_own_line_and_are_closed() {
        var header = List.of("备注", "occurred_at", "case_id", "process_code", "step_code", "actor_role");
        var good = new ListRows(List.of(header,
                List.of("", "2026-07-01T09:30:00+08:00", "C1", "COMPLAINT_HANDLING", "REGISTER", "CLERK")));

        assertThat(imports.importRows(good, "records.xlsx", ImportProgress.NONE))
                .isEqualTo(new ImportSummary("records.xlsx", 1, 1, 0, List.of("COMPLAINT_HANDLING")));
        assertThat(good.closed).isTrue();

        var bad = new ListRows(List.of(header,
                List.of("", "2026-07-01T10:00:00+08:00", "C2", "COMPLAINT_HANDLING", "REGISTER", "CLERK"),
                List.of("", "45474.5", "C2", "COMPLAINT_HANDLING", "RESOLVE", "AGENT")));
        var refused = catchThrowableOfType(ImportRefused.class,
                () -> imports.importRows(bad, "records.xlsx", ImportProgress.NONE));
        assertThat(refused.line()).isEqualTo(30);
        assertThat(refused.messageKey()).isEqualTo("compliance.records.refused.bad-timestamp");
        assertThat(records.caseEvents("COMPLAINT_HANDLING", "C2")).isEmpty();
        assertThat(bad.closed).isTrue();

        actor.actAs(Actor.user("someone", Set.of(Role.AUDITOR)));
        var unread = new ListRows(List.of(header));
        assertThatThrownBy(() -> imports.importRows(unread, "x.xlsx", ImportProgress.NONE))
                .isInstanceOf(AccessDenied.class);
        assertThat(unread.closed).isTrue();
    }

    @Test
    void a_file_is_imported_and_its_events_are_read_case_by_case() {
        var summary = importText(HEADER
                + "C1,COMPLAINT_HANDLING,REGISTER,CLERK,2026-07-01T09:30:00+08:00\r\n"
                + "C1,COMPLAINT_HANDLING,RESOLVE,AGENT,2026-07-01T10:00:00.123456789+08:00\r\n"
                + "C2,COMPLAINT_HANDLING,REGISTER,CLERK,2026-07-02T01:00:00Z\r\n"
                + "O1,ORDER_FULFILMENT,PICK,WAREHOUSE,2026-07-03T08:00:00-05:00\r\n");

        assertThat(summary).isEqualTo(new ImportSummary("records.csv", 4, 4, 0,
                List.of("COMPLAINT_HANDLING", "ORDER_FULFILMENT")));
        assertThat(records.caseEvents("COMPLAINT_HANDLING", "C1")).contains(List.of(
                new CaseEvent("REGISTER", "CLERK", Instant.parse("2026-07-01T01:30:00Z")),
                new CaseEvent("RESOLVE", "AGENT", Instant.parse("2026-07-01T02:00:00.123456Z"))));
        assertThat(records.caseEvents("ORDER_FULFILMENT", "O1").orElseThrow().getFirst().occurredAt())
                .isEqualTo(Instant.parse("2026-07-03T13:00:00Z"));
        // one short transaction records the run, one stores the events (and marks the run done)
        assertThat(transactions.count()).isEqualTo(2);
        assertThat(records.settled()).as("settled after the commit").isEqualTo(1);
    }

    @Test
    void columns_are_found_by_name_in_any_order_and_extra_columns_are_ignored() {
        var summary = importText("\uFEFFoccurred_at,Note,ACTOR_ROLE,step_code , case_id,process_code\n"
                + "2026-07-01T09:30:00+08:00,\"free text, with comma\",CLERK,REGISTER,C9,COMPLAINT_HANDLING\n");
        assertThat(summary.added()).isEqualTo(1);
        assertThat(records.caseEvents("COMPLAINT_HANDLING", "C9")).isPresent();
    }

    @Test
    void re_importing_the_same_events_adds_nothing() {
        var text = HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\nC1,P,S2,R,2026-07-01T10:30:00+08:00\r\n";
        importText(text);
        var again = importText(text + "C2,P,S1,R,2026-07-02T09:30:00+08:00\r\n");
        assertThat(again.received()).isEqualTo(3);
        assertThat(again.added()).isEqualTo(1);
        assertThat(again.alreadyStored()).isEqualTo(2);
        assertThat(records.eventCount()).isEqualTo(3);
        importText(text);
        assertThat(records.settled()).as("an import that adds nothing leaves the store alone").isEqualTo(2);
    }

    @Test
    void the_same_instant_written_with_another_offset_is_the_same_event() {
        importText(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\n");
        assertThat(importText(HEADER + "C1,P,S1,R,2026-07-01T01:30:00Z\r\n").added()).isZero();
    }

    @Test
    void each_import_writes_one_audit_entry_with_the_file_and_counts() {
        importText(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\n");
        importText(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\nC2,P,S1,R,2026-07-01T09:30:00+08:00\r\n");
        assertThat(auditLog.entries()).hasSize(2);
        var entry = auditLog.entries().getLast();
        assertThat(entry.entityType()).isEqualTo("ExecutionRecordImport");
        assertThat(entry.entityLabel()).isEqualTo("records.csv");
        assertThat(entry.actor()).isEqualTo("李专员");
        assertThat(entry.changes()).extracting(c -> c.field() + "=" + c.after())
                .contains("file=records.csv", "received=2", "added=1", "alreadyStored=1", "processes=P");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OPS_MANAGER", "OPS_SPECIALIST"})
    void managers_and_specialists_import(Role role) {
        actor.actAs(Actor.user("someone", Set.of(role)));
        assertThat(importText(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\n").added()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OPS_DIRECTOR", "DEPARTMENT_LEAD", "AUDITOR", "ADMIN"})
    void nobody_else_imports(Role role) {
        actor.actAs(Actor.user("someone", Set.of(role)));
        assertThatThrownBy(() -> importText(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\n"))
                .isInstanceOf(AccessDenied.class);
        assertThat(records.eventCount()).isZero();
    }

    @Test
    void auditors_and_the_operations_team_read_the_stored_processes_others_do_not() {
        importText(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\nC2,P,S1,R,2026-08-01T09:30:00+08:00\r\n");
        actor.actAs(Actor.user("审计", Set.of(Role.AUDITOR)));
        assertThat(imports.storedProcesses()).containsExactly(new StoredProcess("P", 2, 2,
                Instant.parse("2026-07-01T01:30:00Z"), Instant.parse("2026-08-01T01:30:00Z")));
        actor.actAs(Actor.user("部门", Set.of(Role.DEPARTMENT_LEAD)));
        assertThatThrownBy(imports::storedProcesses).isInstanceOf(AccessDenied.class);
    }

    @Test
    void progress_is_reported_while_reading_and_at_the_end() {
        var text = new StringBuilder(HEADER);
        for (int i = 0; i < 40_000; i++) {
            text.append("C").append(i).append(",P,S1,R,2026-07-01T09:30:00+08:00\r\n");
        }
        var reports = Collections.synchronizedList(new ArrayList<long[]>());
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        imports.importRecords(new ByteArrayInputStream(bytes), "big.csv", (read, events) -> reports.add(new long[]{read, events}));
        assertThat(reports).hasSizeGreaterThanOrEqualTo(3);
        assertThat(reports.getFirst()[1]).isEqualTo(16_384);
        assertThat(reports.getLast()).containsExactly(bytes.length, 40_000);
    }

    @Test
    void a_file_far_larger_than_what_is_kept_in_memory_streams_through() {
        // 300,000 rows produced on the fly: the reader never sees the whole file at once
        var rows = new InputStream() {
            private int row = -1;
            private byte[] current = HEADER.getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                if (at == current.length) {
                    if (row + 1 >= 300_000) {
                        return -1;
                    }
                    row++;
                    current = ("K" + row + ",BIG,S,R,2026-07-01T09:30:00+08:00\n").getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                return current[at++];
            }
        };
        var summary = imports.importRecords(new SequenceInputStream(rows, InputStream.nullInputStream()), "big.csv",
                ImportProgress.NONE);
        assertThat(summary.received()).isEqualTo(300_000);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refusal("").messageKey()).isEqualTo("imports.refused.empty-file");
        assertThat(refusal("\uFEFF\r\n\r\n").messageKey()).isEqualTo("imports.refused.empty-file");
    }

    @Test
    void a_header_without_rows_is_refused() {
        var refused = refusal(HEADER);
        assertThat(refused.messageKey()).isEqualTo("compliance.records.refused.no-events");
    }

    @Test
    void a_missing_column_in_the_header_is_named() {
        var refused = refusal("case_id,process_code,step,actor_role\r\nC1,P,S,R\r\n");
        assertThat(refused.line()).isEqualTo(1);
        assertThat(refused.messageKey()).isEqualTo("compliance.records.refused.missing-header");
        assertThat(refused.arguments()).containsExactly("step_code, occurred_at");
    }

    @Test
    void a_column_named_twice_is_refused() {
        assertThat(refusal("case_id,case_id,process_code,step_code,actor_role,occurred_at\n").messageKey())
                .isEqualTo("compliance.records.refused.duplicate-column");
    }

    @Test
    void a_row_with_too_few_columns_is_refused_with_its_line_and_nothing_is_kept() {
        var refused = refusal(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\nC2,P,S1,R\r\n");
        assertThat(refused.line()).isEqualTo(3);
        assertThat(refused.messageKey()).isEqualTo("compliance.records.refused.missing-columns");
        assertThat(refused.arguments()).containsExactly(4, 5);
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-07-01T09:30:00",
            "2026-07-01 09:30:00+08:00",
            "2026-13-01T09:30:00+08:00",
            "2026-02-30T09:30:00+08:00",
            "2026-07-01T25:30:00+08:00",
            "2026-07-01T09:30:00+19:00",
            "2026-07-01T09:30:00.+08:00",
            "2026-07-01T09:30:00.1234567891Z",
            "1719800000",
            "yesterday",
            "2026-07-01",
    })
    void a_timestamp_that_is_not_iso_with_an_offset_is_refused_with_its_line(String timestamp) {
        var refused = refusal(HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\n\r\nC1,P,S2,R," + timestamp + "\r\n");
        assertThat(refused.line()).isEqualTo(4);
        assertThat(refused.messageKey()).isEqualTo("compliance.records.refused.bad-timestamp");
        assertThat(refused.arguments()).containsExactly(timestamp);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-07-01T09:30:00+08:00|2026-07-01T01:30:00Z",
            "2026-07-01T09:30Z|2026-07-01T09:30:00Z",
            "2026-07-01T09:30:00.5-03:30|2026-07-01T13:00:00.5Z",
            "2026-07-01t09:30:00z|2026-07-01T09:30:00Z",
            "2011-10-01T00:38:44.546000+02:00|2011-09-30T22:38:44.546Z",
            "2000-01-01T00:00:00+01:00|1999-12-31T23:00:00Z",
            "2024-02-29T23:59:59.999999+00:00|2024-02-29T23:59:59.999999Z",
    })
    void iso_timestamps_with_an_offset_are_read(String text, String expected) {
        assertThat(ExecutionRecordImport.IsoInstant.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void an_empty_or_too_long_required_value_is_refused_naming_the_column() {
        var empty = refusal(HEADER + "C1,P, ,R,2026-07-01T09:30:00+08:00\r\n");
        assertThat(empty.messageKey()).isEqualTo("compliance.records.refused.empty-value");
        assertThat(empty.arguments()).containsExactly("step_code");
        var tooLong = refusal(HEADER + "C1,P,S,R,2026-07-01T09:30:00+08:00\r\n" + "x".repeat(201)
                + ",P,S,R,2026-07-01T09:30:00+08:00\r\n");
        assertThat(tooLong.line()).isEqualTo(3);
        assertThat(tooLong.messageKey()).isEqualTo("compliance.records.refused.value-too-long");
        assertThat(tooLong.arguments()).containsExactly("case_id", 200);
    }

    @Test
    void a_value_that_a_spreadsheet_would_run_as_a_formula_is_refused() {
        for (var formula : List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "=1+1")) {
            var quoted = "\"" + formula.replace("\"", "\"\"") + "\"";
            var refused = refusal(HEADER + "C1,P,S," + quoted + ",2026-07-01T09:30:00+08:00\r\n");
            assertThat(refused.messageKey()).as(formula).isEqualTo("compliance.records.refused.formula");
            assertThat(refused.line()).isEqualTo(2);
            assertThat(refused.arguments()).first().isEqualTo("actor_role");
        }
    }

    @Test
    void values_starting_with_a_sign_or_at_are_ordinary_ids_and_roles() {
        var summary = imports.importRecords(new ByteArrayInputStream((HEADER + "-1,P,S,+86,2026-07-01T09:30:00+08:00\r\n"
                + "@2,P,S,-R,2026-07-01T09:31:00+08:00\r\n").getBytes(StandardCharsets.UTF_8)), "signs.csv",
                ImportProgress.NONE);
        assertThat(summary.received()).isEqualTo(2);
    }

    @Test
    void a_gzip_file_is_imported_whatever_its_name() {
        var bytes = gzip((HEADER + "C1,P,S1,R,2026-07-01T09:30:00+08:00\r\n")
                .getBytes(StandardCharsets.UTF_8));
        var summary = imports.importRecords(new ByteArrayInputStream(bytes), "export.dat", ImportProgress.NONE);
        assertThat(summary.added()).isEqualTo(1);
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new java.io.ByteArrayOutputStream();
        try (var zipped = new java.util.zip.GZIPOutputStream(out)) {
            zipped.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
