package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.MetricId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.metric;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedMetric;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedUnit;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcActualsIT extends ActualsContract {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PlatformTransactionManager transactions;

    @Override
    protected TargetStores stores() {
        return TargetStores.of(context);
    }

    @Test
    void a_batch_joins_the_caller_s_transaction_and_goes_with_it() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();
        var transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            actuals().addAll(List.of(day(unit, metric, 1, "10")));
            status.setRollbackOnly();
        });

        assertThat(actuals().days(unit, metric, JAN_15, JAN_15.plusYears(1))).isEmpty();
        assertThat(jdbc.sql("select count(*) from target_actual_month where unit_id = :unit")
                .param("unit", unit.value()).query(Long.class).single()).isZero();
    }

    @Test
    void a_batch_abandoned_in_a_transaction_leaves_the_transaction_going_on() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try (var batch = actuals().begin()) {
                batch.add(1, day(unit, metric, 1, "10"));
                batch.add(2, day(unit, metric, 1, "11"));
                try {
                    batch.commit();
                } catch (Actuals.DayGivenTwice refused) {
                    // the import says so; what the transaction did besides still commits
                }
            }
            actuals().addAll(List.of(day(unit, metric, 2, "20")));
        });

        assertThat(actuals().days(unit, metric, JAN_15, JAN_15.plusYears(1))).containsExactly(
                day(unit, metric, 2, "20.000000"));
    }

    @Test
    void a_batch_of_a_unit_not_stored_is_refused_and_stores_nothing() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();

        try (var batch = actuals().begin()) {
            batch.add(1, day(unit, metric, 1, "10"));
            batch.add(2, day(BusinessUnitId.random(), metric, 1, "10"));
            assertThatThrownBy(batch::commit).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(actuals().days(unit, metric, JAN_15, JAN_15.plusYears(1))).isEmpty();
    }

    /**
     * Files in any order, with days given again (the same value or another) and corrections of stored days,
     * through batches that hold two month packs at most, so a month goes out in several packs: stored,
     * counted and refused as the in-memory fake does, batch by batch.
     */
    @Test
    void months_sent_in_parts_store_count_and_refuse_as_the_fake_does() {
        var parted = new JdbcActuals(dataSource, jdbc, 2);
        var fake = new InMemoryActuals();
        var unit = storedUnit(units()).id();
        var metrics = List.of(storedMetric(metrics()).id(), storedMetric(metrics()).id(), storedMetric(metrics()).id());
        var random = new Random(20261207L);
        for (int round = 0; round < 40; round++) {
            var lines = new ArrayList<DailyActual>();
            int size = 1 + random.nextInt(80);
            for (int i = 0; i < size; i++) {
                var day = LocalDate.of(2031, 1, 1).plusDays(random.nextInt(75)); // January to mid-March
                // a day's value is mostly the same in every batch: days given again, a correction now and then
                var value = random.nextInt(20) == 0 ? random.nextInt(1000) : day.getDayOfYear();
                lines.add(new DailyActual(unit, metrics.get(random.nextInt(metrics.size())), day,
                        BigDecimal.valueOf(value, 2)));
            }
            assertThat(outcome(parted, lines)).as("round %d", round).isEqualTo(outcome(fake, lines));
        }
        for (var metric : metrics) {
            var from = LocalDate.of(2031, 1, 1);
            var until = LocalDate.of(2031, 4, 1);
            assertThat(parted.days(unit, metric, from, until)).isEqualTo(fake.days(unit, metric, from, until));
            for (var cut : List.of(List.of(from, until), List.of(from.plusDays(9), from.plusDays(50)))) {
                assertThat(totalsOf(parted, unit, metric, cut)).isEqualTo(totalsOf(fake, unit, metric, cut));
            }
        }
    }

    /** What storing the lines in one batch came to: the counts, or the two lines of a day given twice. */
    private static Object outcome(Actuals actuals, List<DailyActual> lines) {
        try {
            return actuals.addAll(lines);
        } catch (Actuals.DayGivenTwice twice) {
            return List.of(twice.line(), twice.earlierLine());
        }
    }

    private static List<DayTotals> totalsOf(Actuals actuals, BusinessUnitId unit, MetricId metric,
                                            List<LocalDate> range) {
        return actuals.totals(range.getFirst(), range.getLast()).stream()
                .filter(t -> t.unit().equals(unit) && t.metric().equals(metric))
                .map(Actuals.UnitTotals::totals).toList();
    }

    /**
     * A quarter of 50 units × 30 metrics(), every day (137 000 days): how long an import of them and the
     * scorecard's read of their totals take. Run on demand, {@code -Dtargets.measure=true}; prints, asserts
     * only the answer's size.
     */
    @Test
    @EnabledIfSystemProperty(named = "targets.measure", matches = "true")
    void measure_the_totals_of_a_quarter_of_50_units_and_30_metrics() {
        var unitIds = new ArrayList<BusinessUnitId>();
        var metricIds = new ArrayList<MetricId>();
        for (int i = 0; i < 50; i++) {
            unitIds.add(units().save(unit(code("MEASURE"))).id());
        }
        for (int i = 0; i < 30; i++) {
            metricIds.add(metrics().save(metric(code("MEASURE"), Aggregation.SUM)).id());
        }
        // a year no other test writes in
        var from = LocalDate.of(2090 + (int) (Math.random() * 10), 4, 1);
        var until = from.plusMonths(3);
        long started = System.nanoTime();
        long line = 0;
        try (var batch = actuals().begin()) {
            for (var day = from; day.isBefore(until); day = day.plusDays(1)) {
                for (var unit : unitIds) {
                    for (var metric : metricIds) {
                        batch.add(++line, new DailyActual(unit, metric, day,
                                BigDecimal.valueOf(UUID.randomUUID().getLeastSignificantBits() % 1_000_000, 2)));
                    }
                }
            }
            batch.commit();
        }
        long imported = System.nanoTime();
        System.out.printf("imported %d days in %d ms%n", line, (imported - started) / 1_000_000);
        // the whole quarter (whole months only); cut on 15 and on 25 June (June read from its days)
        for (var range : List.of(List.of(from, until), List.of(from, from.plusDays(75)),
                List.of(from, from.plusDays(85)))) {
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                var totals = actuals().totals(range.getFirst(), range.getLast());
                System.out.printf("totals %s..%s: %d rows in %.1f ms%n", range.getFirst(), range.getLast(),
                        totals.size(), (System.nanoTime() - start) / 1e6);
                assertThat(totals.stream().filter(t -> unitIds.contains(t.unit()))).hasSize(1_500);
            }
        }
    }
}
