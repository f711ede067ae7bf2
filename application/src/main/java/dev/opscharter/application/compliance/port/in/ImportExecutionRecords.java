package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.StoredProcess;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports execution records in the CSV format of the specification (§4 "Execution records"): UTF-8
 * with or without BOM, a header row, comma-separated, RFC 4180 quoting, the columns
 * {@code case_id,process_code,step_code,actor_role,occurred_at} in any order (extra columns are
 * ignored), {@code occurred_at} ISO-8601 with an offset. A gzip-compressed file is recognised by its
 * content. The file is read as a stream, so it may be larger than memory.
 *
 * <p>Rows from elsewhere — a spreadsheet, another system — come through {@link #importRows} with
 * the same columns and rules.
 *
 * <p>An import is all-or-nothing and idempotent: a bad row refuses the whole file with its line
 * ({@link ImportRefused}), and an event that is already stored is counted, not stored again.
 */
public interface ImportExecutionRecords {

    /** The longest value the required columns may hold. */
    int MAX_VALUE_LENGTH = 200;

    // the limits every reader of rows keeps are on ImportRows

    /**
     * @param fileName shown in the audit trail and the result
     * @param progress told every few thousand events how far the import got
     * @throws ImportRefused for a file that is not in the format, naming the line
     */
    ImportSummary importRecords(InputStream csv, String fileName, ImportProgress progress);

    /**
     * Imports an uploaded file: CSV (plain or gzip) or an Excel workbook (.xlsx), recognised by its
     * content; the file is not deleted.
     *
     * @throws ImportRefused for a file that is not in a format, naming the line or row
     */
    ImportSummary importFile(Path file, String fileName, ImportProgress progress);

    /**
     * Imports rows of another source (the first one the header) by the same rules as a CSV file;
     * the rows are closed afterwards.
     *
     * @throws ImportRefused for rows that are not in the format, naming the line
     */
    ImportSummary importRows(ImportRows rows, String fileName, ImportProgress progress);

    /** Every process with stored records: its cases, events and the time they span, by process code. */
    List<StoredProcess> storedProcesses();

    /**
     * The latest imports, newest first, with who ran them and how they ended: an import that was
     * under way when the server stopped shows FAILED with {@code RunHeartbeat.INTERRUPTED} (it
     * stored nothing).
     */
    List<ImportRun> recentImports(int limit);

    @FunctionalInterface
    interface ImportProgress {

        ImportProgress NONE = (bytes, events) -> {
        };

        /**
         * @param bytesRead bytes of the file as given (compressed, for a .csv.gz) read so far
         * @param events    events read so far
         */
        void progressed(long bytesRead, long events);
    }

    /**
     * @param received      events (data rows) in the file
     * @param added         events that were new
     * @param alreadyStored events that were stored before (or occurred twice in the file)
     * @param processes     the process codes the file names, sorted
     */
    record ImportSummary(String fileName, long received, long added, long alreadyStored, List<String> processes) {

        public ImportSummary {
            processes = List.copyOf(processes);
        }
    }
}
