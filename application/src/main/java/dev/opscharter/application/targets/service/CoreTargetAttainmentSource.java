package dev.opscharter.application.targets.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.CoreTargets;
import dev.opscharter.domain.targets.Metric;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Core target attainment (核心目标达成率, SPEC §2) of a quarter or a year from its targets of core metrics:
 * {@link CoreTargets#attainment}, the mean of their attainments each at most 100 %. A period with core targets
 * none of which has actuals yet has a value without a figure; a period without core targets is typed by hand.
 */
public final class CoreTargetAttainmentSource implements IndicatorSource {

    private final Targets targets;
    private final Metrics metrics;
    private final Actuals actuals;
    private final Clock clock;

    public CoreTargetAttainmentSource(Targets targets, Metrics metrics, Actuals actuals, Clock clock) {
        this.targets = targets;
        this.metrics = metrics;
        this.actuals = actuals;
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.CORE_TARGET_ATTAINMENT);
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        if (part != Part.CORE_TARGET_ATTAINMENT) {
            return Optional.empty();
        }
        return ScorecardTargets.read(targets, metrics, actuals, clock, period, zone, Metric::core).map(core -> {
            var attained = core.counted().stream().flatMap(c -> c.attainment().stream()).toList();
            Measurement measurement = CoreTargets.attainment(attained).<Measurement>map(Measurement.Amount::new)
                    .orElseGet(() -> Measurement.Ratio.of(0, 0));
            return new PartValue(part, period, measurement,
                    new Provenance.FromRecords(ScorecardTargets.SOURCE, List.of(core.summary("core-attainment"))));
        });
    }
}
