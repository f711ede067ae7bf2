package dev.opscharter.application.targets.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.CoreTargets;
import dev.opscharter.domain.targets.Metric;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Key indicators unmet (关键指标未达成数, a veto part of SPEC §2) in a quarter or a year: {@link CoreTargets#unmet}
 * of its targets of key metrics, each unmet one listed for the drill-down. A key indicator nobody recorded
 * counts once the period ended; a period without targets of key metrics is typed by hand.
 */
public final class KeyIndicatorsSource implements IndicatorSource {

    private final Targets targets;
    private final Metrics metrics;
    private final Actuals actuals;
    private final BusinessUnits units;
    private final Clock clock;

    public KeyIndicatorsSource(Targets targets, Metrics metrics, Actuals actuals, BusinessUnits units, Clock clock) {
        this.targets = targets;
        this.metrics = metrics;
        this.actuals = actuals;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.KEY_INDICATORS_UNMET);
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        if (part != Part.KEY_INDICATORS_UNMET) {
            return Optional.empty();
        }
        return ScorecardTargets.read(targets, metrics, actuals, clock, period, zone, Metric::key).map(key -> {
            int unmet = CoreTargets.unmet(key.counted().stream().map(ScorecardTargets.Counted::attainment).toList(),
                    key.ended());
            var evidence = new ArrayList<Provenance.Evidence>();
            evidence.add(key.summary("key-indicators"));
            key.counted().forEach(c -> unmetEvidence(c, key).ifPresent(evidence::add));
            return new PartValue(part, period, new Measurement.Amount(BigDecimal.valueOf(unmet)),
                    new Provenance.FromRecords(ScorecardTargets.SOURCE, evidence));
        });
    }

    /** "华东区 REVENUE: 88 against 100" — the same rule as {@link CoreTargets#unmet}, one target at a time. */
    private Optional<Provenance.Evidence> unmetEvidence(ScorecardTargets.Counted c, ScorecardTargets key) {
        if (CoreTargets.unmet(List.of(c.attainment()), key.ended()) == 0) {
            return Optional.empty();
        }
        var unit = units.byId(c.target().unit()).map(BusinessUnit::code).orElse(c.target().unit().toString());
        var label = unit + " " + c.metric().code();
        var target = c.target().value().toPlainString();
        return Optional.of(c.attainment().map(a -> new Provenance.Evidence(label,
                        ScorecardTargets.KEY_PREFIX + (key.ended() ? "key-unmet" : "key-unmet-running"),
                        List.of(a.actual().stripTrailingZeros().toPlainString(), target),
                        Optional.of(ScorecardTargets.route(key.period()))))
                .orElseGet(() -> new Provenance.Evidence(label, ScorecardTargets.KEY_PREFIX + "key-no-data",
                        List.of(target), Optional.of(ScorecardTargets.route(key.period())))));
    }
}
