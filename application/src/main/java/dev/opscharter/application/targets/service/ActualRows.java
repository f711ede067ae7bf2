package dev.opscharter.application.targets.service;

import dev.opscharter.application.shared.ImportColumns;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a file of daily actuals ({@code unit_code,metric_code,day,value}, in any order, other columns
 * ignored) read as days: every field checked as the execution records' import checks it
 * ({@link ImportColumns}), the codes of units and metrics that exist, a day in ISO form within the dates
 * OpsCharter accepts, a value with '.' that the store keeps exactly. A bad row is refused naming its line.
 */
final class ActualRows {

    static final String PREFIX = "targets.import.refused.";
    static final String[] COLUMNS = {"unit_code", "metric_code", "day", "value"};
    /** A code has at most 40 characters, a value 14 + 1 + 6 and a sign: anything longer is refused unread. */
    private static final int MAX_LENGTH = 64;

    private final ImportRows rows;
    private final ImportColumns columns;
    private final Map<String, BusinessUnitId> units = new HashMap<>();
    private final Map<String, Metric> metrics = new HashMap<>();
    private String lastDayText = "";
    private LocalDate lastDay = LocalDate.MIN;

    /**
     * Reads the header. Every unit and metric is read here, before the days stream: a store's batch may hold
     * the connection while it takes them (a {@code COPY} in progress), so nothing is looked up row by row.
     */
    ActualRows(ImportRows rows, BusinessUnits units, List<Metric> metrics) {
        this.rows = rows;
        this.columns = ImportColumns.read(rows, PREFIX, MAX_LENGTH, COLUMNS);
        List<BusinessUnit> page;
        do {
            page = units.page(true, new PageRequest(this.units.size(), PageRequest.MAX_LIMIT));
            page.forEach(u -> this.units.put(u.code(), u.id()));
        } while (page.size() == PageRequest.MAX_LIMIT);
        metrics.forEach(m -> this.metrics.put(m.code(), m));
    }

    boolean next() {
        return rows.next();
    }

    long line() {
        return rows.line();
    }

    /** The current row as a day; refuses it, naming its line and why, when it is not one. */
    DailyActual actual() {
        columns.requireFields(rows);
        var unitCode = columns.value(rows, 0);
        var unit = units.get(unitCode);
        if (unit == null) {
            throw refused("unknown-unit", unitCode);
        }
        var metricCode = columns.value(rows, 1);
        var metric = metrics.get(metricCode);
        if (metric == null) {
            throw refused("unknown-metric", metricCode);
        }
        if (metric.aggregation() instanceof Aggregation.Ratio) {
            throw refused("ratio-metric", metricCode);
        }
        return new DailyActual(unit, metric.id(), day(columns.value(rows, 2)), value(columns.value(rows, 3)));
    }

    private LocalDate day(String text) {
        if (text.equals(lastDayText)) {
            return lastDay;
        }
        LocalDate day;
        try {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                throw new DateTimeException(text);
            }
            day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        } catch (DateTimeException | NumberFormatException e) {
            throw refused("bad-day", text);
        }
        if (day.isBefore(BusinessDate.FIRST) || day.isAfter(BusinessDate.LAST)) {
            throw refused("day-out-of-range", text, BusinessDate.FIRST.toString(), BusinessDate.LAST.toString());
        }
        lastDayText = text;
        lastDay = day;
        return day;
    }

    /** {@code -?digits[.digits]}: no exponent, no thousands separator, no comma for the point. */
    private BigDecimal value(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int integer = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            integer++;
        }
        int decimals = -1;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            decimals = 0;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
                decimals++;
            }
        }
        if (i != text.length() || integer == 0 || decimals == 0) {
            throw refused("bad-value", text);
        }
        var value = new BigDecimal(text);
        if (!DailyActual.fits(value)) {
            throw refused("value-out-of-range", text, DailyActual.INTEGER_DIGITS, DailyActual.FRACTION_DIGITS);
        }
        return value;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private ImportRefused refused(String reason, Object... arguments) {
        return new ImportRefused(rows.line(), PREFIX + reason, arguments);
    }
}
