package dev.opscharter.application.targets.port.in;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.domain.targets.DailyActual;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Specialists, managers and directors record the daily actuals ({@code TargetsPermission.RECORD}): entered
 * on a screen, or imported by the execution records' rules — CSV (plain or gzip) or an Excel workbook with
 * the columns {@code unit_code,metric_code,day,value} in any order, all-or-nothing ({@code ImportRefused}
 * names the row), idempotent (the same day with the same value again changes nothing), read as a stream.
 */
public interface RecordActuals {

    /** A day's values entered by hand: all or none; a changed value of a stored day is a correction. */
    Actuals.Stored record(List<DailyActual> actuals);

    /** @throws dev.opscharter.application.shared.ImportRefused naming the row, nothing stored */
    ImportSummary importFile(Path file, String fileName);

    /**
     * @param received data rows in the file
     * @param from     the earliest day in the file
     * @param until    the latest day in the file
     */
    record ImportSummary(String fileName, long received, long added, long changed, long unchanged,
                         Optional<LocalDate> from, Optional<LocalDate> until) {
    }
}
