package dev.opscharter.application.targets.service;

import dev.opscharter.application.compliance.fakes.PlainCsvFiles;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.fakes.InMemoryTargets;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.Target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The targets context on its in-memory fakes, over the organization fixture (its clock: Thursday 14 May
 * 2026, 10:00 in Shanghai, so actuals count through 13 May, day 43 of the second quarter's 91). Records set
 * up here are stored through the outbound ports, so every audit entry a test sees comes from the use case.
 */
final class TargetsFixture {

    static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final LocalDate YESTERDAY = LocalDate.of(2026, 5, 13);

    final OrganizationFixture org = new OrganizationFixture();
    final InMemoryBusinessUnits units = new InMemoryBusinessUnits();
    final InMemoryMetrics metrics = new InMemoryMetrics();
    final InMemoryTargets targets = new InMemoryTargets(units, metrics);
    final InMemoryActuals stored = new InMemoryActuals();
    /** The actuals as the services see them: every read of the totals counted. */
    final CountingActuals actuals = new CountingActuals(stored);
    final PlainCsvFiles files = new PlainCsvFiles();

    TargetService targetService() {
        return new TargetService(units, metrics, targets, actuals, org.departments, org.useCase);
    }

    ActualsService actualsService() {
        return new ActualsService(actuals, units, metrics, files, org.useCase);
    }

    CustomerSatisfactionSource customerSatisfaction() {
        return new CustomerSatisfactionSource(metrics, actuals, org.clock);
    }

    /** Core target attainment and key indicators unmet: one source of both parts. */
    TargetIndicatorsSource targetIndicators() {
        return new TargetIndicatorsSource(targets, metrics, actuals, units, org.clock);
    }

    void actAsManager() {
        org.actAs("manager", Role.OPS_MANAGER);
    }

    // ---- records, stored without audit

    BusinessUnit unit(String code) {
        return units.save(BusinessUnit.create(code, new BilingualName(code + "区", code), Optional.empty()));
    }

    Metric metric(String code, MetricUnit unit, MetricDirection direction, Aggregation aggregation, boolean key,
                  boolean core) {
        return metrics.save(Metric.create(code, new BilingualName(code + "指标", code), unit, direction, aggregation,
                key, core));
    }

    /** Revenue: a sum, higher is better, a key indicator and a core metric. */
    Metric revenue() {
        return metric("REVENUE", MetricUnit.MONEY, MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, true, true);
    }

    /** Delivery time: the mean of the days, lower is better, a core metric but no key indicator. */
    Metric deliveryHours() {
        return metric("DELIVERY_HOURS", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER, Aggregation.AVERAGE,
                false, true);
    }

    Metric sum(String code) {
        return metric(code, MetricUnit.COUNT, MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, false, false);
    }

    Metric ratio(String code, Metric numerator, Metric denominator) {
        return metric(code, MetricUnit.PERCENT, MetricDirection.HIGHER_IS_BETTER,
                new Aggregation.Ratio(numerator.id(), denominator.id()), false, false);
    }

    Target target(BusinessUnit unit, Metric metric, Period period, String value) {
        return targets.save(Target.set(unit.id(), metric.id(), period, new BigDecimal(value), "director",
                Instant.parse("2026-01-05T01:00:00Z")));
    }

    void day(BusinessUnit unit, Metric metric, String day, String value) {
        stored.addAll(List.of(new DailyActual(unit.id(), metric.id(), LocalDate.parse(day), new BigDecimal(value))));
    }

    /** The actuals through {@link Actuals}, counting how often the period's totals are read. */
    static final class CountingActuals implements Actuals {

        private final Actuals delegate;
        final AtomicInteger totalsRead = new AtomicInteger();

        CountingActuals(Actuals delegate) {
            this.delegate = delegate;
        }

        @Override
        public Batch begin() {
            return delegate.begin();
        }

        @Override
        public List<DailyActual> days(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until) {
            return delegate.days(unit, metric, from, until);
        }

        @Override
        public List<UnitTotals> totals(LocalDate from, LocalDate until) {
            totalsRead.incrementAndGet();
            return delegate.totals(from, until);
        }

        @Override
        public List<UnitTotals> totals(LocalDate from, LocalDate until, Set<MetricId> metrics) {
            totalsRead.incrementAndGet();
            return delegate.totals(from, until, metrics);
        }
    }
}
