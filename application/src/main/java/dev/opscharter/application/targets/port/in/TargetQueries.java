package dev.opscharter.application.targets.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.PeriodFigure;
import dev.opscharter.domain.targets.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What everyone who may read the targets sees ({@code TargetsPermission.READ}). */
public interface TargetQueries {

    List<BusinessUnit> units(boolean includeInactive, PageRequest page);

    long countUnits(boolean includeInactive);

    Optional<BusinessUnit> unit(BusinessUnitId id);

    /** Every metric, by code. */
    List<Metric> metrics();

    /** The target with all its revisions, newest last. */
    Optional<Target> target(BusinessUnitId unit, MetricId metric, Period period);

    /**
     * Each target of the period the filter lets through against its actual so far, by unit and metric code:
     * the figure, the attainment (none without data), and for a running period the projection at the current
     * pace. Actuals count up to and including {@code through} (yesterday in the organization time zone, usually).
     */
    List<TargetStanding> standings(Period period, TargetFilter filter, LocalDate through, PageRequest page);

    /** How many targets of the period the filter lets through: the rows of {@link #standings}. */
    long countStandings(Period period, TargetFilter filter);

    /** The unit's days of the metric in the period, for the trend chart. */
    List<DailyActual> days(BusinessUnitId unit, MetricId metric, Period period);

    /**
     * @param projection    where the period ends at the current pace; empty once it ended or without data
     * @param projectedAttainment the attainment of the projection ("at this pace: 93 % of target")
     */
    record TargetStanding(BusinessUnit unit, Metric metric, Target target, PeriodFigure figure,
                          Optional<Attainment> attainment, Optional<BigDecimal> projection,
                          Optional<Attainment> projectedAttainment) {

        /**
         * The attainment the target is judged by now: while the period runs the projected one (a quarter's
         * revenue halfway through at 50 % of target is on pace), once it ended the attainment itself.
         */
        public Optional<Attainment> expected() {
            return projectedAttainment.or(() -> attainment);
        }
    }
}
