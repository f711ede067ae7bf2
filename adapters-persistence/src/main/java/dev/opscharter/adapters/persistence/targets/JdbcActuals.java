package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.MetricId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Daily actuals packed by unit, metric and month in {@code target_actual_month} (V30), each month beside its
 * totals. An import ({@link ActualsBatch}) packs its days, streams the packs with {@code COPY} into a
 * staging table and merges them on commit. {@link #totals} adds up whole months from their totals and the
 * days of a month the range cuts from that month's values: a quarter of 50 units × 30 metrics reads 4 500
 * rows instead of 137 000 days.
 */
@Component
class JdbcActuals implements Actuals {

    /** The days of one month from slot {@code :xFirst} through {@code :xLast}, added up per unit and metric. */
    private static final String DAYS_OF_PART = """
            select m.unit_id, m.metric_id, d.sum_value, d.day_count,
                   m.month + d.last_slot::integer - 1 as last_day, m.day_values[d.last_slot] as last_value
            from target_actual_month m
            cross join lateral (select sum(u.v) as sum_value, count(u.v) as day_count,
                                       max(u.slot) filter (where u.v is not null) as last_slot
                                from unnest(m.day_values) with ordinality as u(v, slot)
                                where u.slot between :%1$sFirst and :%1$sLast) d
            where m.month = :%1$sMonth and d.day_count > 0%2$s""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final int packsHeld;

    @Autowired
    JdbcActuals(DataSource dataSource, JdbcClient jdbc) {
        this(dataSource, jdbc, ActualsBatch.PACKS_HELD);
    }

    /** With {@code packsHeld} month packs waiting in memory at most (tests send packs early with a few). */
    JdbcActuals(DataSource dataSource, JdbcClient jdbc, int packsHeld) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.packsHeld = packsHeld;
    }

    @Override
    public Batch begin() {
        return new ActualsBatch(dataSource, !TransactionSynchronizationManager.isActualTransactionActive(),
                packsHeld);
    }

    @Override
    public List<DailyActual> days(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        select d.day, d.value
                        from target_actual_month m
                        cross join lateral (select m.month + u.slot::integer - 1 as day, u.v as value
                                            from unnest(m.day_values) with ordinality as u(v, slot)
                                            where u.v is not null) d
                        where m.unit_id = :unit and m.metric_id = :metric
                          and m.month >= :fromMonth and m.month < :until and d.day >= :from and d.day < :until
                        order by d.day""")
                .param("unit", unit.value()).param("metric", metric.value())
                .param("fromMonth", from.withDayOfMonth(1)).param("from", from).param("until", until)
                .query((rs, n) -> new DailyActual(unit, metric, rs.getObject("day", LocalDate.class),
                        rs.getBigDecimal("value")))
                .list();
    }

    @Override
    public List<UnitTotals> totals(LocalDate from, LocalDate until) {
        return totalsOf(from, until, null);
    }

    @Override
    public List<UnitTotals> totals(LocalDate from, LocalDate until, Set<MetricId> metrics) {
        return metrics.isEmpty() ? List.of() : totalsOf(from, until, metrics);
    }

    /** Of every metric, or of {@code metrics} only. */
    private List<UnitTotals> totalsOf(LocalDate from, LocalDate until, @Nullable Set<MetricId> metrics) {
        var range = ActualsRange.of(from, until);
        var ofMetrics = metrics != null ? " and m.metric_id = any(:metrics)" : "";
        var parts = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (range.hasWholeMonths()) {
            parts.add("""
                    select m.unit_id, m.metric_id, m.sum_value, m.day_count, m.last_day, m.last_value
                    from target_actual_month m where m.month >= :monthsFrom and m.month < :monthsUntil""" + ofMetrics);
            params.put("monthsFrom", range.monthsFrom());
            params.put("monthsUntil", range.monthsUntil());
        }
        addPart(parts, params, "head", range.head(), ofMetrics);
        addPart(parts, params, "tail", range.tail(), ofMetrics);
        if (metrics != null) {
            params.put("metrics", metrics.stream().map(MetricId::value).toArray(UUID[]::new));
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("with parts as (" + String.join(" union all ", parts) + """
                        )
                        select unit_id, metric_id, sum(sum_value) as total, sum(day_count) as days,
                               max(last_day) as last_day, (array_agg(last_value order by last_day desc))[1] as last_value
                        from parts
                        group by unit_id, metric_id""")
                .params(params)
                .query((rs, n) -> new UnitTotals(new BusinessUnitId(rs.getObject("unit_id", UUID.class)),
                        new MetricId(rs.getObject("metric_id", UUID.class)),
                        new DayTotals(rs.getBigDecimal("total"), rs.getInt("days"),
                                rs.getObject("last_day", LocalDate.class), rs.getBigDecimal("last_value"))))
                .list();
    }

    private static void addPart(List<String> parts, HashMap<String, Object> params, String name,
                                ActualsRange.Part part, String ofMetrics) {
        if (part.isEmpty()) {
            return;
        }
        parts.add(DAYS_OF_PART.formatted(name, ofMetrics));
        params.put(name + "Month", part.month());
        params.put(name + "First", part.start().getDayOfMonth());
        params.put(name + "Last", part.end().minusDays(1).getDayOfMonth());
    }
}
