package dev.opscharter.application.targets.service;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A period's targets of the metrics a scorecard part counts (core ones, key ones), each with the attainment
 * it counts: the actual once the period ended; while it runs, where it ends at the current pace — a quarter's
 * revenue halfway through is half its target, which says nothing about whether it will be met. Actuals count
 * through yesterday in the organization's time zone.
 */
final class ScorecardTargets {

    static final String SOURCE = "targets";
    static final String KEY_PREFIX = "evidence.targets.";

    record Counted(Target target, Metric metric, Optional<Attainment> attainment) {
    }

    private final Period period;
    private final LocalDate through;
    private final boolean ended;
    private final List<Counted> counted;

    private ScorecardTargets(Period period, LocalDate through, boolean ended, List<Counted> counted) {
        this.period = period;
        this.through = through;
        this.ended = ended;
        this.counted = counted;
    }

    /** None for a period not begun or without targets of such metrics: its figure is typed by hand. */
    static Optional<ScorecardTargets> read(Targets targets, Metrics metrics, Actuals actuals, Clock clock,
                                           Period period, ZoneId zone, Predicate<Metric> counts) {
        var today = LocalDate.ofInstant(clock.instant(), zone);
        if (period.isFuture(today)) {
            return Optional.empty();
        }
        Map<MetricId, Metric> counting = metrics.all().stream().filter(counts)
                .collect(Collectors.toMap(Metric::id, Function.identity()));
        var chosen = targets.allOfPeriod(period).stream().filter(t -> counting.containsKey(t.metric())).toList();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        var read = PeriodActuals.read(actuals, period, today.minusDays(1));
        var counted = chosen.stream().map(t -> new Counted(t, counting.get(t.metric()),
                read.expected(counting.get(t.metric()), t))).toList();
        return Optional.of(new ScorecardTargets(period, read.through(), read.ended(), counted));
    }


    /** The route of the targets screen of a period, relative to the application's root. */
    static String route(Period period) {
        return "targets?period=" + period.key();
    }

    List<Counted> counted() {
        return counted;
    }

    boolean ended() {
        return ended;
    }

    Period period() {
        return period;
    }

    /**
     * "8 targets, 7 with actuals, through 2026-05-13 (at this pace)": what the figure rests on, linking to the
     * period's targets.
     */
    Provenance.Evidence summary(String what) {
        long withData = counted.stream().filter(c -> c.attainment().isPresent()).count();
        return new Provenance.Evidence(period.key(), KEY_PREFIX + what + (ended ? "" : "-running"),
                List.of(Integer.toString(counted.size()), Long.toString(withData), through.toString()),
                Optional.of(route(period)));
    }
}
