package dev.opscharter.application.targets.service;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * The period's targets of the {@code counting} metrics, with the actuals of those metrics (and of the
     * ratios' operands) through the day before {@code today}, in two reads. None for a period not begun or
     * without such targets: its figures are typed by hand.
     */
    static Optional<ScorecardTargets> read(Targets targets, Actuals actuals, Map<MetricId, Metric> counting,
                                           Period period, LocalDate today) {
        if (period.isFuture(today) || counting.isEmpty()) {
            return Optional.empty();
        }
        var chosen = targets.ofPeriod(period, counting.keySet());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        var read = PeriodActuals.read(actuals, period, today.minusDays(1), measured(counting.values()));
        var counted = chosen.stream().map(t -> new Counted(t, counting.get(t.metric()),
                read.expected(counting.get(t.metric()), t))).toList();
        return Optional.of(new ScorecardTargets(period, read.through(), read.ended(), counted));
    }

    /** The metrics whose days make the figures of {@code metrics}: each, and a ratio's two operands. */
    static Set<MetricId> measured(Collection<Metric> metrics) {
        var ids = new HashSet<MetricId>();
        for (var metric : metrics) {
            ids.add(metric.id());
            if (metric.aggregation() instanceof Aggregation.Ratio(var numerator, var denominator)) {
                ids.add(numerator);
                ids.add(denominator);
            }
        }
        return ids;
    }

    /** The targets of the metrics {@code counts} takes; none when it takes none of them. */
    Optional<ScorecardTargets> only(Predicate<Metric> counts) {
        var taken = counted.stream().filter(c -> counts.test(c.metric())).toList();
        return taken.isEmpty() ? Optional.empty() : Optional.of(new ScorecardTargets(period, through, ended, taken));
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
