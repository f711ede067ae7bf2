package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every aggregation needs of a metric's days in a period: their sum, how many there are, and the
 * latest one. A store can add these up itself (a year of days for every unit and metric stays in the
 * database); the figure follows from them ({@link PeriodFigure#of(Metric, java.util.function.Function)}).
 */
public record DayTotals(BigDecimal sum, int days, LocalDate lastDay, BigDecimal lastValue) {

    public DayTotals {
        Objects.requireNonNull(sum, "sum");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(lastValue, "lastValue");
        if (days < 1) {
            throw new IllegalArgumentException("totals rest on at least one day");
        }
    }

    /**
     * Several units' totals of one metric as one: their sums and days added up, the latest day with the mean
     * of the values given on it (a last value of the whole organization); none of them, none.
     */
    public static Optional<DayTotals> across(Collection<DayTotals> totals) {
        return totals.stream().map(DayTotals::lastDay).max(Comparator.naturalOrder()).map(last -> {
            var onLast = totals.stream().filter(t -> t.lastDay().equals(last)).map(DayTotals::lastValue).toList();
            var mean = onLast.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(onLast.size()), MathContext.DECIMAL64);
            return new DayTotals(totals.stream().map(DayTotals::sum).reduce(BigDecimal.ZERO, BigDecimal::add),
                    totals.stream().mapToInt(DayTotals::days).sum(), last, mean);
        });
    }

    /** The days' totals; no day, none. */
    public static Optional<DayTotals> of(List<DailyActual> days) {
        return days.stream().max(Comparator.comparing(DailyActual::day)).map(last -> new DayTotals(
                days.stream().map(DailyActual::value).reduce(BigDecimal.ZERO, BigDecimal::add), days.size(),
                last.day(), last.value()));
    }
}
