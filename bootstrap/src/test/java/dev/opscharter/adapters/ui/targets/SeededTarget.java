package dev.opscharter.adapters.ui.targets;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A business unit and a revenue metric of their own (the database is shared: unique codes), set up by the
 * manager through the use cases, with a target of a period and actuals on some of its days.
 */
record SeededTarget(String unitCode, BusinessUnitId unit, String metricCode, MetricId metric) {

    static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static SeededTarget create(SignedIn signedIn, ManageTargets manage) {
        var unitCode = code("U");
        var metricCode = code("REV");
        return signedIn.as("manager", () -> new SeededTarget(unitCode,
                manage.createUnit(RequestKey.fresh(), new UnitDraft(unitCode,
                        new BilingualName("华东 " + unitCode, "East " + unitCode), Optional.empty(), true)),
                metricCode,
                manage.createMetric(RequestKey.fresh(), new MetricDraft(metricCode,
                        new BilingualName("营收 " + metricCode, "Revenue " + metricCode), MetricUnit.MONEY,
                        MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, true, true))));
    }

    String unitLabel() {
        return unitCode + " · East " + unitCode;
    }

    String metricName() {
        return "Revenue " + metricCode;
    }

    void target(SignedIn signedIn, ManageTargets manage, Period period, String value) {
        signedIn.as("manager", () -> manage.setTarget(unit, metric, period, new BigDecimal(value), "", 0));
    }

    void actuals(SignedIn signedIn, RecordActuals record, List<LocalDate> days, String value) {
        signedIn.as("manager", () -> record.record(days.stream()
                .map(day -> new DailyActual(unit, metric, day, new BigDecimal(value))).toList()));
    }
}
