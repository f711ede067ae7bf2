package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.MetricId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Daily actuals in memory, with the JDBC adapter's semantics: a batch is visible only after its commit;
 * values are kept to {@value DailyActual#FRACTION_DIGITS} places, as {@code numeric(20, 6)} keeps them (a
 * value that does not fit is refused); a day given two values is refused naming its first line and the
 * first line (in line order) that differs from it.
 */
public final class InMemoryActuals implements Actuals {

    private record Key(BusinessUnitId unit, MetricId metric, LocalDate day) {
    }

    private record Line(long line, DailyActual actual) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.unit().value())
            .thenComparing(k -> k.metric().value()).thenComparing(Key::day);

    private final TreeMap<Key, BigDecimal> days = new TreeMap<>(ORDER);
    private int commits;

    /** How many batches were committed. */
    public synchronized int commits() {
        return commits;
    }

    @Override
    public Batch begin() {
        return new Batch() {
            private final List<Line> lines = new ArrayList<>();
            private boolean ended;

            @Override
            public void add(long line, DailyActual actual) {
                if (ended) {
                    throw new IllegalStateException("batch already ended");
                }
                if (!lines.isEmpty() && line <= lines.getLast().line()) {
                    throw new IllegalArgumentException("line " + line + " does not follow line "
                            + lines.getLast().line());
                }
                lines.add(new Line(line, new DailyActual(actual.unit(), actual.metric(), actual.day(),
                        kept(actual.value()))));
            }

            @Override
            public Stored commit() {
                if (ended) {
                    throw new IllegalStateException("batch already ended");
                }
                ended = true;
                var given = distinctDays(lines);
                synchronized (InMemoryActuals.this) {
                    long added = 0;
                    long changed = 0;
                    for (var day : given.entrySet()) {
                        var before = days.put(day.getKey(), day.getValue());
                        if (before == null) {
                            added++;
                        } else if (before.compareTo(day.getValue()) != 0) {
                            changed++;
                        }
                    }
                    commits++;
                    return new Stored(added, changed, given.size() - added - changed);
                }
            }

            @Override
            public void close() {
                ended = true;
                lines.clear();
            }
        };
    }

    /** Each day's one value; a day given two values refused at the first line (in line order) that differs. */
    private static Map<Key, BigDecimal> distinctDays(List<Line> lines) {
        var first = new HashMap<Key, Line>();
        var sorted = lines.stream().sorted(Comparator.comparingLong(Line::line)).toList();
        for (var line : sorted) {
            var actual = line.actual();
            var earlier = first.putIfAbsent(new Key(actual.unit(), actual.metric(), actual.day()), line);
            if (earlier != null && earlier.actual().value().compareTo(actual.value()) != 0) {
                throw new DayGivenTwice(line.line(), earlier.line());
            }
        }
        var values = new HashMap<Key, BigDecimal>();
        first.forEach((key, line) -> values.put(key, line.actual().value()));
        return values;
    }

    private static BigDecimal kept(BigDecimal value) {
        if (!DailyActual.fits(value)) {
            throw new IllegalArgumentException("the value " + value + " does not fit numeric(20, 6)");
        }
        return value.setScale(DailyActual.FRACTION_DIGITS);
    }

    @Override
    public synchronized List<DailyActual> days(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until) {
        if (!from.isBefore(until)) {
            return List.of();
        }
        return days.subMap(new Key(unit, metric, from), new Key(unit, metric, until)).entrySet().stream()
                .map(e -> new DailyActual(unit, metric, e.getKey().day(), e.getValue())).toList();
    }

    @Override
    public synchronized List<UnitTotals> totals(LocalDate from, LocalDate until) {
        var byUnitAndMetric = new TreeMap<Key, List<DailyActual>>(ORDER);
        days.forEach((key, value) -> {
            if (!key.day().isBefore(from) && key.day().isBefore(until)) {
                byUnitAndMetric.computeIfAbsent(new Key(key.unit(), key.metric(), LocalDate.EPOCH),
                        k -> new ArrayList<>()).add(new DailyActual(key.unit(), key.metric(), key.day(), value));
            }
        });
        return byUnitAndMetric.entrySet().stream().map(e -> new UnitTotals(e.getKey().unit(), e.getKey().metric(),
                DayTotals.of(e.getValue()).orElseThrow())).toList();
    }

    @Override
    public synchronized List<UnitTotals> totals(LocalDate from, LocalDate until, Set<MetricId> metrics) {
        return totals(from, until).stream().filter(t -> metrics.contains(t.metric())).toList();
    }
}
