package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Demo mode: a year of daily actuals for three business units, with quarterly targets, so the scorecard's core
 * target attainment and key indicators are computed, not typed. South China's on-time delivery rate (a key
 * indicator) falls short in the quarter before the last ended one, and its revenue in the last ended month ({@link DemoMonthlyReview}
 * opens that month's review).
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoTargets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);
    /** The quarters with targets and actuals: the last four ended ones, and the running one to date. */
    static final int QUARTERS = 5;
    private static final long SEED = 20_261_207L;

    private final ManageTargets manage;
    private final RecordActuals actuals;
    private final TargetQueries queries;
    private final DepartmentQueries departments;
    private final SettingsStore settings;
    private final Clock clock;

    DemoTargets(ManageTargets manage, RecordActuals actuals, TargetQueries queries, DepartmentQueries departments,
                SettingsStore settings, Clock clock) {
        this.manage = manage;
        this.actuals = actuals;
        this.queries = queries;
        this.departments = departments;
        this.settings = settings;
        this.clock = clock;
    }

    /** The quarters whose core target attainment and key indicators come from the targets, oldest first. */
    static List<Period.Quarter> quarters(LocalDate today) {
        return Period.quarterOf(today).trailing(QUARTERS);
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        SystemTasks.asUser("manager", () -> {
            if (queries.countUnits(true) > 0) {
                return;
            }
            seed(today);
        });
    }

    /** A unit of the demo: its code, names, department, daily revenue in yuan and its shortfalls. */
    private record Unit(String code, BilingualName name, Optional<String> department, double revenue) {
    }

    private record Metrics(MetricId revenue, MetricId orders, MetricId repeat, MetricId repurchase, MetricId newUsers,
                           MetricId onTime, MetricId onTimeRate, MetricId complaints) {
    }

    private void seed(LocalDate today) {
        var metrics = metrics();
        var units = List.of(
                new Unit("EAST", new BilingualName("华东大区", "East China"), Optional.of("SALES"), 420_000),
                new Unit("SOUTH", new BilingualName("华南大区", "South China"), Optional.empty(), 300_000),
                new Unit("ONLINE", new BilingualName("线上商城", "Online store"), Optional.of("MARKETING"), 520_000));
        var quarters = quarters(today);
        var missed = Period.quarterOf(today).previous().previous();
        var lastMonth = YearMonth.from(today).minusMonths(1);
        var random = new Random(SEED);
        for (var unit : units) {
            var id = manage.createUnit(RequestKey.fresh(), new UnitDraft(unit.code(), unit.name(),
                    unit.department().flatMap(this::department), true));
            for (var quarter : quarters) {
                targets(id, unit, quarter, metrics);
            }
            manage.setTarget(id, metrics.revenue(), quarters.getLast().asYear(),
                    money(unit.revenue() * 365 * 1.02), "", 0);
            var days = new ArrayList<DailyActual>();
            for (var day = quarters.getFirst().firstDay(); day.isBefore(today); day = day.plusDays(1)) {
                boolean lateSouth = unit.code().equals("SOUTH") && missed.contains(day);
                boolean slowMonth = unit.code().equals("SOUTH") && YearMonth.from(day).equals(lastMonth);
                days(days, id, unit, day, metrics, random, lateSouth, slowMonth);
            }
            actuals.record(days);
        }
        log.info("Demo targets seeded: {} units, targets for {} to {}, actuals to {}", units.size(),
                quarters.getFirst(), quarters.getLast(), today.minusDays(1));
    }

    private Optional<DepartmentId> department(String code) {
        return departments.all().stream().filter(d -> d.code().value().equals(code)).map(Department::id).findFirst();
    }

    private Metrics metrics() {
        var revenue = metric("REVENUE", "营业收入", "Revenue", MetricUnit.MONEY, Aggregation.SUM, false, true);
        var orders = metric("ORDERS", "订单量", "Orders", MetricUnit.COUNT, Aggregation.SUM, false, false);
        var repeat = metric("REPEAT_ORDERS", "复购订单", "Repeat orders", MetricUnit.COUNT, Aggregation.SUM, false, false);
        var repurchase = metric("REPURCHASE_RATE", "复购率", "Repurchase rate", MetricUnit.PERCENT,
                new Aggregation.Ratio(repeat, orders), false, true);
        var newUsers = metric("NEW_USERS", "新增用户", "New users", MetricUnit.COUNT, Aggregation.SUM, false, true);
        var onTime = metric("ON_TIME_DELIVERIES", "准时交付订单", "On-time deliveries", MetricUnit.COUNT,
                Aggregation.SUM, false, false);
        var onTimeRate = metric("ON_TIME_RATE", "交付及时率", "On-time delivery rate", MetricUnit.PERCENT,
                new Aggregation.Ratio(onTime, orders), true, true);
        var complaints = manage.createMetric(RequestKey.fresh(), new MetricDraft("MAJOR_COMPLAINTS",
                new BilingualName("重大投诉", "Major complaints"), MetricUnit.COUNT, MetricDirection.LOWER_IS_BETTER,
                Aggregation.SUM, true, false));
        return new Metrics(revenue, orders, repeat, repurchase, newUsers, onTime, onTimeRate, complaints);
    }

    private MetricId metric(String code, String chinese, String english, MetricUnit unit, Aggregation aggregation,
                            boolean key, boolean core) {
        return manage.createMetric(RequestKey.fresh(), new MetricDraft(code, new BilingualName(chinese, english), unit,
                MetricDirection.HIGHER_IS_BETTER, aggregation, key, core));
    }

    private void targets(BusinessUnitId id, Unit unit, Period.Quarter quarter, Metrics metrics) {
        long days = quarter.endExclusive().toEpochDay() - quarter.firstDay().toEpochDay();
        manage.setTarget(id, metrics.revenue(), quarter, money(unit.revenue() * days), "", 0);
        manage.setTarget(id, metrics.orders(), quarter, whole(unit.revenue() / 380 * days), "", 0);
        manage.setTarget(id, metrics.newUsers(), quarter, whole(unit.revenue() / 2_600 * days), "", 0);
        manage.setTarget(id, metrics.repurchase(), quarter, new BigDecimal("30"), "", 0);
        manage.setTarget(id, metrics.onTimeRate(), quarter, new BigDecimal("95"), "", 0);
        manage.setTarget(id, metrics.complaints(), quarter, new BigDecimal("5"), "", 0);
    }

    /** One day of a unit: weekends sell more online and less in the regions; a little noise every day. */
    private static void days(List<DailyActual> into, BusinessUnitId unit, Unit demo, LocalDate day, Metrics metrics,
                             Random random, boolean late, boolean slow) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double season = demo.code().equals("ONLINE") && weekend ? 1.25 : weekend ? 0.85 : 1.04;
        double revenue = demo.revenue() * season * (0.96 + random.nextDouble() * 0.1) * (slow ? 0.86 : 1.0);
        double orders = revenue / (365 + random.nextInt(30));
        double repeat = orders * (0.29 + random.nextDouble() * 0.04);
        double onTime = orders * (late ? 0.90 + random.nextDouble() * 0.03 : 0.955 + random.nextDouble() * 0.035);
        into.add(new DailyActual(unit, metrics.revenue(), day, money(revenue)));
        into.add(new DailyActual(unit, metrics.orders(), day, whole(orders)));
        into.add(new DailyActual(unit, metrics.repeat(), day, whole(repeat)));
        into.add(new DailyActual(unit, metrics.newUsers(), day, whole(demo.revenue() / 2_550 * season
                * (0.9 + random.nextDouble() * 0.2))));
        into.add(new DailyActual(unit, metrics.onTime(), day, whole(onTime)));
        // every day recorded, most of them 0: a key indicator nobody recorded would count as unmet
        boolean complaint = Math.floorMod(day.getDayOfYear() + demo.code().length() * 7, 45) == 0;
        into.add(new DailyActual(unit, metrics.complaints(), day, complaint ? BigDecimal.ONE : BigDecimal.ZERO));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal whole(double value) {
        return BigDecimal.valueOf(Math.round(value));
    }
}
