package dev.opscharter.application.complaints.service;

import dev.opscharter.application.shared.ImportColumns;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads a file of complaint day counts ({@code day,total,major}) by the shared header rules and refuses it at the
 * first row that cannot be read, naming the row. A file holds at most {@value #MAX_ROWS} days — decades of them —,
 * so the days are held until all are read and the import is all or nothing.
 */
final class ComplaintRows {

    static final String PREFIX = "complaints.import.refused.";
    static final int MAX_ROWS = 10_000;
    private static final int MAX_LENGTH = 32;
    private static final int DAY = 0;
    private static final int TOTAL = 1;
    private static final int MAJOR = 2;

    private ComplaintRows() {
    }

    /** The days of the file, in its order; a day given twice refuses the file with both rows. */
    static List<ComplaintCount> read(ImportRows rows) {
        var columns = ImportColumns.read(rows, PREFIX, MAX_LENGTH, "day", "total", "major");
        var days = new LinkedHashMap<LocalDate, ComplaintCount>();
        var lines = new HashMap<LocalDate, Long>();
        while (rows.next()) {
            if (blank(rows)) {
                continue;
            }
            if (days.size() >= MAX_ROWS) {
                throw new ImportRefused(rows.line(), PREFIX + "too-many-rows", MAX_ROWS);
            }
            columns.requireFields(rows);
            var day = day(rows, columns.value(rows, DAY));
            var count = count(rows, day, columns.value(rows, TOTAL), columns.value(rows, MAJOR));
            var first = lines.putIfAbsent(day, rows.line());
            if (first != null) {
                throw new ImportRefused(rows.line(), PREFIX + "twice", day.toString(), first);
            }
            days.put(day, count);
        }
        return List.copyOf(days.values());
    }

    private static boolean blank(ImportRows rows) {
        for (var f = 0; f < rows.fieldCount(); f++) {
            if (!rows.field(f).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate day(ImportRows rows, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ImportRefused(rows.line(), PREFIX + "bad-day", ImportColumns.abbreviated(text));
        }
    }

    private static ComplaintCount count(ImportRows rows, LocalDate day, String total, String major) {
        try {
            return new ComplaintCount(day, number(rows, total), number(rows, major));
        } catch (InvalidValue e) {
            throw new ImportRefused(rows.line(), PREFIX + "major-above-total", major, total);
        }
    }

    private static long number(ImportRows rows, String text) {
        try {
            var value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the value
        }
        throw new ImportRefused(rows.line(), PREFIX + "bad-count", ImportColumns.abbreviated(text));
    }
}
