package dev.opscharter.application.compliance.service;

import dev.opscharter.application.shared.ImportColumns;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.RecoverInterruptedRuns;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.BusinessDate;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.compliance.CompliancePermission.IMPORT_RECORDS;
import static dev.opscharter.domain.compliance.CompliancePermission.READ;

/**
 * Imports a file of execution records in one transaction: the rows stream from the file through
 * the reader of {@link RowFiles} into an {@link ExecutionRecords.Batch}, which commits them together with the
 * audit entry, or, at the first bad row, nothing at all. Memory stays constant whatever the size of
 * the file. Times are kept to the microsecond (what the store keeps), so a re-import matches exactly.
 * <p>Each import is also recorded as a run ({@link ImportRuns}): RUNNING in a short transaction of
 * its own before the big one, DONE in the big one, FAILED with the reason when it is refused or
 * fails. While it imports it holds the run's lock and writes a heartbeat, so an import the server
 * stopped is found and marked FAILED ({@link RunHeartbeat#INTERRUPTED}) by {@link #recoverInterrupted()}.
 */
public final class ExecutionRecordImport implements ImportExecutionRecords, RecoverInterruptedRuns {

    static final String ENTITY = "ExecutionRecordImport";
    static final String[] COLUMNS = {"case_id", "process_code", "step_code", "actor_role", "occurred_at"};
    static final String PREFIX = "compliance.records.refused.";
    private static final int PROGRESS_EVERY = 16_384;
    /** Codes and roles repeat: one String each, up to this many distinct values. */
    private static final int INTERNED = 50_000;

    private final ExecutionRecords records;
    private final UseCase uc;
    /** An import spans several transactions (the run begins, the rows, the run fails): it opens them itself. */
    private final Transactions transactions;
    private final ImportRuns runs;
    private final RunHeartbeat heartbeat;
    private final RowFiles files;

    public ExecutionRecordImport(ExecutionRecords records, UseCase uc, ImportRuns runs, RunHeartbeat heartbeat,
                                 RowFiles files) {
        this.records = records;
        this.files = files;
        this.uc = uc;
        this.transactions = uc.transactions();
        this.runs = runs;
        this.heartbeat = heartbeat;
    }

    @Override
    public ImportSummary importRecords(InputStream csv, String fileName, ImportProgress progress) {
        uc.require(IMPORT_RECORDS);
        return importRows(files.csv(csv), fileName, progress);
    }

    @Override
    public ImportSummary importFile(Path file, String fileName, ImportProgress progress) {
        uc.require(IMPORT_RECORDS);
        return importRows(files.open(file, fileName), fileName, progress);
    }

    @Override
    public ImportSummary importRows(ImportRows rows, String fileName, ImportProgress progress) {
        try (rows) {
            var me = uc.require(IMPORT_RECORDS);
            var name = fileName.isBlank() ? "?" : fileName.strip();
            var run = UUID.randomUUID();
            try (var lease = runs.tryLock(run).orElseThrow(() -> new IllegalStateException("lock of a new import"))) {
                var startedAt = heartbeat.now();
                transactions.run(() -> runs.begin(new ImportRun(run, name.length() > 255 ? name.substring(0, 255) : name,
                        me.name(), startedAt, ImportState.RUNNING, startedAt, heartbeat.instance(), Optional.empty(),
                        Optional.empty(), 0, 0, 0)));
                ImportSummary summary;
                try (var beating = heartbeat.start(at -> transactions.run(() -> runs.heartbeat(run, at)))) {
                    summary = transactions.inTransaction(() -> {
                        var imported = importAll(rows, name, me.name(), progress);
                        runs.finish(run, heartbeat.now(), imported.received(), imported.added(),
                                imported.alreadyStored());
                        return imported;
                    });
                } catch (RuntimeException e) {
                    transactions.run(() -> runs.fail(run, heartbeat.now(), describe(e)));
                    throw e;
                }
                if (summary.added() > 0) {
                    records.settle();
                }
                return summary;
            }
        }
    }

    /** The import itself, in the caller's transaction: all rows, or none. */
    private ImportSummary importAll(ImportRows rows, String name, String by, ImportProgress progress) {
        try (var batch = records.begin(name, by)) {
            long received = read(rows, batch, progress);
            var imported = batch.commit();
            var processes = imported.processCodes().stream().sorted().toList();
            var after = new LinkedHashMap<String, String>();
            after.put("file", name);
            after.put("received", Long.toString(imported.received()));
            after.put("added", Long.toString(imported.added()));
            after.put("alreadyStored", Long.toString(imported.alreadyStored()));
            after.put("processes", String.join(", ", processes));
            uc.audit(ENTITY, UUID.randomUUID(), name, AuditEntry.AuditAction.CREATE, Map.of(), after);
            progress.progressed(rows.bytesRead(), received);
            return new ImportSummary(name, imported.received(), imported.added(), imported.alreadyStored(),
                    processes);
        }
    }

    private static String describe(RuntimeException e) {
        var text = e instanceof ImportRefused refused ? refused.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    @Override
    public List<ImportRun> recentImports(int limit) {
        return uc.read(READ, () -> runs.newest(Math.clamp(limit, 1, 200)));
    }

    @Override
    public int recoverInterrupted() {
        uc.require(IMPORT_RECORDS);
        return heartbeat.recover(transactions.readOnly(runs::running),
                running -> runs.tryLock(running.id()).map(lease -> lease::close),
                running -> Optional.of(running.heartbeatAt()),
                running -> transactions.inTransaction(() -> failInterrupted(running)));
    }

    private boolean failInterrupted(ImportRun run) {
        if (!runs.fail(run.id(), heartbeat.now(), RunHeartbeat.INTERRUPTED)) {
            return false;
        }
        uc.audit(ENTITY, run.id(), run.fileName(), AuditEntry.AuditAction.UPDATE,
                Map.of("state", ImportState.RUNNING.name()),
                Map.of("state", ImportState.FAILED.name(), "failure", RunHeartbeat.INTERRUPTED));
        return true;
    }

    @Override
    public List<StoredProcess> storedProcesses() {
        return uc.read(READ, records::storedProcesses);
    }

    /** Reads the header and every row into the batch; returns the number of events. */
    private static long read(ImportRows reader, ExecutionRecords.Batch batch, ImportProgress progress) {
        var columns = ImportColumns.read(reader, PREFIX, MAX_VALUE_LENGTH, COLUMNS);
        var interned = new HashMap<String, String>();
        long events = 0;
        while (reader.next()) {
            long line = reader.line();
            columns.requireFields(reader);
            var caseId = columns.value(reader, 0);
            var processCode = intern(interned, columns.value(reader, 1));
            var stepCode = intern(interned, columns.value(reader, 2));
            var actorRole = intern(interned, columns.value(reader, 3));
            var timestamp = columns.value(reader, 4);
            var occurredAt = IsoInstant.parse(timestamp);
            if (occurredAt == null) {
                throw new ImportRefused(line, PREFIX + "bad-timestamp", timestamp);
            }
            if (events == ImportRows.MAX_ROWS) {
                throw new ImportRefused(line, PREFIX + "too-many-rows", ImportRows.MAX_ROWS);
            }
            if (!BusinessDate.contains(occurredAt)) {
                throw new ImportRefused(line, PREFIX + "timestamp-out-of-range", timestamp,
                        BusinessDate.FIRST.toString(), BusinessDate.LAST.toString());
            }
            batch.add(caseId, processCode, stepCode, actorRole, occurredAt);
            events++;
            if (events % PROGRESS_EVERY == 0) {
                progress.progressed(reader.bytesRead(), events);
            }
        }
        if (events == 0) {
            throw new ImportRefused(reader.line(), PREFIX + "no-events");
        }
        return events;
    }

    private static String intern(Map<String, String> interned, String value) {
        var known = interned.get(value);
        if (known != null) {
            return known;
        }
        if (interned.size() < INTERNED) {
            interned.put(value, value);
        }
        return value;
    }

    /**
     * ISO-8601 date-time with an offset, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads it
     * ({@code 2026-07-01T09:30:00+08:00}, {@code 2026-07-01T01:30:00.125Z}), cut to microseconds.
     * The common shape is parsed by hand (it is most of an import's time otherwise); anything else
     * goes to the formatter.
     */
    static final class IsoInstant {

        private IsoInstant() {
        }

        /** @return the instant, or {@code null} if the text is not an ISO date-time with an offset */
        static Instant parse(String text) {
            try {
                var fast = fast(text);
                if (fast != null) {
                    return fast;
                }
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                        .truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeException | ArithmeticException e) {
                return null;
            }
        }

        /**
         * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}; {@code null} if the text does not start
         * like that (no seconds, say), a {@link DateTimeException} if it does but is invalid.
         */
        private static Instant fast(String s) {
            int n = s.length();
            if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                    || s.charAt(13) != ':' || s.charAt(16) != ':' || !isDigit(s.charAt(18))) {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeException(s);
            }
            // from here on the shape is ours: whatever does not fit is refused, not handed on
            int i = 19;
            int nanos = 0;
            if (s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    i++;
                }
                int length = i - start;
                if (length == 0) {
                    throw new DateTimeException(s);
                }
                for (int k = length; k < 9; k++) {
                    nanos *= 10;
                }
            }
            if (i >= n) {
                throw new DateTimeException(s);
            }
            int offsetSeconds;
            char sign = s.charAt(i);
            if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
                offsetSeconds = 0;
            } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
                int oh = digits(s, i + 1, 2);
                int om = digits(s, i + 4, 2);
                if ((oh | om) < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
                    throw new DateTimeException(s);
                }
                offsetSeconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
            } else {
                throw new DateTimeException(s);
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
            return Instant.ofEpochSecond(seconds, nanos / 1000 * 1000);
        }

        private static int digits(String s, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = s.charAt(i);
                if (!isDigit(c)) {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
