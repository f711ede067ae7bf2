package dev.opscharter.application.incidents.service;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.Metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Operational risk incidence (运营风险发生率 ≤ 2 %, SPEC §2): the risk events that occurred — the incidents reported
 * in the period — over the period's business volume, the total of a metric's actuals over every unit's days of the
 * period (by default {@value #DEFAULT_VOLUME_METRIC}). The provenance names the metric and its total. Without that
 * metric, or without its actuals, there is nothing to divide by: a value without a figure ("no data", not a pass),
 * its evidence saying why. A volume below the events is no figure either: the volume is the wrong one.
 */
final class RiskIncidence {

    static final String SOURCE = "risk-incidence";
    static final String KEY_PREFIX = "evidence.risk-incidence.";
    static final String DEFAULT_VOLUME_METRIC = "ORDERS";

    private final Metrics metrics;
    private final Actuals actuals;
    private final String volumeMetric;

    RiskIncidence(Metrics metrics, Actuals actuals, String volumeMetric) {
        this.metrics = metrics;
        this.actuals = actuals;
        this.volumeMetric = volumeMetric;
    }

    /** The volume metric as it stands now: read once per request, by whoever asks for several periods. */
    Optional<Metric> metric() {
        return metrics.byCode(volumeMetric);
    }

    PartValue of(Period period, List<JudgedIncident> events, Optional<Metric> metric) {
        var evidence = new ArrayList<Provenance.Evidence>();
        evidence.add(new Provenance.Evidence(period.key(), KEY_PREFIX + "events",
                List.of(Integer.toString(events.size()))));
        evidence.addAll(byType(events));
        if (metric.isEmpty()) {
            evidence.add(new Provenance.Evidence(volumeMetric, KEY_PREFIX + "no-metric", List.of(volumeMetric)));
            return value(period, Measurement.Ratio.of(events.size(), 0), evidence);
        }
        var volume = metric.get();
        var total = total(volume, period);
        if (total.isEmpty()) {
            evidence.add(new Provenance.Evidence(volume.code(), KEY_PREFIX + "no-volume",
                    List.of(volume.name().chinese(), volume.name().english())));
            return value(period, Measurement.Ratio.of(events.size(), 0), evidence);
        }
        var sum = total.get().stripTrailingZeros();
        evidence.add(new Provenance.Evidence(volume.code(), KEY_PREFIX + "volume",
                List.of(volume.name().chinese(), volume.name().english(), sum.toPlainString())));
        if (sum.compareTo(BigDecimal.valueOf(events.size())) < 0) {
            evidence.add(new Provenance.Evidence(volume.code(), KEY_PREFIX + "volume-below-events",
                    List.of(sum.toPlainString(), Integer.toString(events.size()))));
            return value(period, Measurement.Ratio.of(events.size(), 0), evidence);
        }
        return value(period, new Measurement.Ratio(BigDecimal.valueOf(events.size()), sum), evidence);
    }

    /** The sum of the metric's days over every unit; none without a day or when it is not positive. */
    private Optional<BigDecimal> total(Metric metric, Period period) {
        var totals = actuals.totals(period.firstDay(), period.endExclusive(), Set.of(metric.id())).stream()
                .filter(t -> t.metric().equals(metric.id())).map(Actuals.UnitTotals::totals).toList();
        return DayTotals.across(totals).map(DayTotals::sum).filter(sum -> sum.signum() > 0);
    }

    /** "系统故障: 3" — the events of each type, by type. */
    private static List<Provenance.Evidence> byType(List<JudgedIncident> events) {
        var counts = events.stream().collect(Collectors.groupingBy(e -> e.type().code(), TreeMap::new,
                Collectors.counting()));
        var types = events.stream().map(JudgedIncident::type)
                .collect(Collectors.toMap(IncidentType::code, Function.identity(), (a, b) -> a));
        return counts.entrySet().stream().map(count -> {
            var name = types.get(count.getKey()).name();
            return new Provenance.Evidence(name.chinese(), KEY_PREFIX + "events-of-type",
                    List.of(name.english(), count.getValue().toString()));
        }).toList();
    }

    private static PartValue value(Period period, Measurement measurement, List<Provenance.Evidence> evidence) {
        return new PartValue(Part.RISK_INCIDENCE, period, measurement, new Provenance.FromRecords(SOURCE, evidence));
    }
}
