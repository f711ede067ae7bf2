package dev.opscharter.application.targets.service;

import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** How units, metrics and targets appear in the audit trail: their names there and their fields as read. */
final class TargetRecords {

    static final RecordType<BusinessUnitId, BusinessUnit> UNIT = new RecordType<>("BusinessUnit", BusinessUnit::id,
            BusinessUnit::code, TargetRecords::snapshot, BusinessUnit::version, BusinessUnitId::toString,
            text -> new BusinessUnitId(UUID.fromString(text)));

    static final String METRIC_ENTITY = "Metric";

    static final String TARGET = "Target";

    private TargetRecords() {
    }

    /**
     * A target has no id of its own: its unit, metric and period name it. The audit trail takes an id of at most
     * 80 characters, so it keeps the name-based UUID of the three, the same for every revision of the target.
     */
    static UUID targetId(BusinessUnitId unit, MetricId metric, Period period) {
        return UUID.nameUUIDFromBytes((unit + "/" + metric + "/" + period.key()).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> snapshot(BusinessUnit unit) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("code", unit.code());
        fields.put("nameZh", unit.name().chinese());
        fields.put("nameEn", unit.name().english());
        fields.put("department", unit.department().map(Object::toString).orElse(""));
        fields.put("active", Boolean.toString(unit.active()));
        return fields;
    }

    /** A ratio's two metrics are named by their codes, as the auditor knows them, read from {@code metrics}. */
    static RecordType<MetricId, Metric> metric(Metrics metrics) {
        Function<MetricId, String> code = id -> metrics.byId(id).map(Metric::code).orElse(id.toString());
        return new RecordType<>(METRIC_ENTITY, Metric::id, Metric::code, m -> snapshot(m, code), Metric::version,
                MetricId::toString, text -> new MetricId(UUID.fromString(text)));
    }

    static Map<String, String> snapshot(Metric metric, Function<MetricId, String> code) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("code", metric.code());
        fields.put("nameZh", metric.name().chinese());
        fields.put("nameEn", metric.name().english());
        fields.put("metricUnit", metric.unit().name());
        fields.put("direction", metric.direction().name());
        fields.put("aggregation", switch (metric.aggregation()) {
            case Aggregation.Sum() -> "SUM";
            case Aggregation.Average() -> "AVERAGE";
            case Aggregation.Last() -> "LAST";
            case Aggregation.Ratio(var numerator, var denominator) ->
                    "RATIO " + code.apply(numerator) + " / " + code.apply(denominator);
        });
        fields.put("keyIndicator", Boolean.toString(metric.key()));
        fields.put("coreMetric", Boolean.toString(metric.core()));
        return fields;
    }

    /** The target's value and, for a revision, why it moved. */
    static Map<String, String> snapshot(Target target) {
        var latest = target.revisions().getLast();
        var fields = new LinkedHashMap<String, String>();
        fields.put("period", target.period().key());
        fields.put("value", latest.value().toPlainString());
        fields.put("reason", latest.reason().orElse(""));
        return fields;
    }
}
