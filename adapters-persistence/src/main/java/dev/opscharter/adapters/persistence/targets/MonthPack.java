package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.Actuals.DayGivenTwice;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The days of one unit's metric's month an import has given so far, each with the line it came from: the
 * row of {@code target_actual_month} (V30) they become, slot n the month's n-th day. A day given again with
 * the same value counts once; with another value it is a {@link DayGivenTwice}, named by the pack.
 */
final class MonthPack {

    static final int SLOTS = 31;

    record Key(BusinessUnitId unit, MetricId metric, LocalDate month) {

        static Key of(DailyActual actual) {
            return new Key(actual.unit(), actual.metric(), actual.day().withDayOfMonth(1));
        }
    }

    private final Key key;
    private final BigDecimal[] values = new BigDecimal[SLOTS];
    private final long[] lines = new long[SLOTS];
    private int given;

    MonthPack(Key key) {
        this.key = key;
    }

    Key key() {
        return key;
    }

    /**
     * Takes the day's value unless the day has one: the same is left alone, another one is returned as the
     * day given twice (this pack keeps the first).
     */
    DayGivenTwice put(long line, LocalDate day, BigDecimal value) {
        int slot = day.getDayOfMonth() - 1;
        var held = values[slot];
        if (held == null) {
            values[slot] = value;
            lines[slot] = line;
            given++;
            return null;
        }
        return held.compareTo(value) == 0 ? null : new DayGivenTwice(line, lines[slot]);
    }

    /** Whether every day of the month has its value: no line can add to it but by giving a day again. */
    boolean full() {
        return given == key.month().lengthOfMonth();
    }

    /**
     * The pack as a line of text {@code COPY}: first line, unit, metric, month, values, lines, and the
     * totals (sum, days, last day, last value); values have {@code scale} places, as the column keeps them.
     */
    void appendTo(StringBuilder row, int scale) {
        long first = Long.MAX_VALUE;
        var sum = BigDecimal.ZERO;
        int last = -1;
        for (int i = 0; i < SLOTS; i++) {
            if (values[i] != null) {
                values[i] = values[i].setScale(scale);
                first = Math.min(first, lines[i]);
                sum = sum.add(values[i]);
                last = i;
            }
        }
        row.append(first).append('\t').append(key.unit().value()).append('\t').append(key.metric().value())
                .append('\t').append(key.month()).append('\t');
        appendSlots(row, values, i -> values[i].toPlainString());
        row.append('\t');
        appendSlots(row, values, i -> Long.toString(lines[i]));
        row.append('\t').append(sum.toPlainString()).append('\t').append(given).append('\t')
                .append(key.month().plusDays(last)).append('\t').append(values[last].toPlainString()).append('\n');
    }

    private static void appendSlots(StringBuilder row, BigDecimal[] values, IntFunction<String> slot) {
        row.append('{');
        for (int i = 0; i < SLOTS; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(values[i] == null ? "NULL" : slot.apply(i));
        }
        row.append('}');
    }
}
