package dev.opscharter.application.targets.service;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.IsoWeek;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;
import dev.opscharter.domain.targets.WeeklyReport;
import dev.opscharter.domain.targets.WeeklyReport.SpanTotals;
import dev.opscharter.domain.targets.WeeklyReport.Spans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a week's report rests on, in the caller's transaction: the metrics, the targets of the week's
 * quarter and year, the units they name, and four sums the store adds up (the week, the week before, the
 * quarter and the year to the week's Sunday). A handful of queries, whatever the number of days.
 */
public final class WeeklyReportFigures {

    private final Metrics metrics;
    private final Targets targets;
    private final Actuals actuals;
    private final BusinessUnits units;

    public WeeklyReportFigures(Metrics metrics, Targets targets, Actuals actuals, BusinessUnits units) {
        this.metrics = metrics;
        this.targets = targets;
        this.actuals = actuals;
        this.units = units;
    }

    public WeeklyReport report(IsoWeek week) {
        var targetList = new ArrayList<Target>(targets.allOfPeriod(week.quarter()));
        targetList.addAll(targets.allOfPeriod(week.year()));
        var unitList = targetList.stream().map(Target::unit).distinct().map(units::byId).flatMap(Optional::stream)
                .toList();
        var before = week.previous();
        var spans = new Spans(totals(week.monday(), week.endExclusive()),
                totals(before.monday(), before.endExclusive()),
                totals(week.quarter().firstDay(), week.endExclusive()),
                totals(week.year().firstDay(), week.endExclusive()));
        return WeeklyReport.of(week, metrics.all(), unitList, targetList, spans);
    }


    private SpanTotals totals(LocalDate from, LocalDate until) {
        var byUnit = new HashMap<BusinessUnitId, Map<MetricId, DayTotals>>();
        for (var row : actuals.totals(from, until)) {
            byUnit.computeIfAbsent(row.unit(), unit -> new HashMap<>()).put(row.metric(), row.totals());
        }
        return SpanTotals.of(byUnit);
    }
}
