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
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.CoreTargets;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two scorecard parts (SPEC §2) a period's targets give, from one read of its targets of core and key
 * metrics and their actuals:
 * <ul>
 *     <li>core target attainment (核心目标达成率): {@link CoreTargets#attainment}, the mean of the core targets'
 *     attainments each at most 100 %; core targets none of which has actuals yet give a value without a
 *     figure;</li>
 *     <li>key indicators unmet (关键指标未达成数, a veto part): {@link CoreTargets#unmet} of the key targets,
 *     each unmet one listed for the drill-down; a key indicator nobody recorded counts once the period
 *     ended.</li>
 * </ul>
 * A period without targets of a part's metrics leaves that part to hand entry.
 */
public final class TargetIndicatorsSource implements IndicatorSource.ReadOnce {

    private static final Set<Part> PARTS = Set.of(Part.CORE_TARGET_ATTAINMENT, Part.KEY_INDICATORS_UNMET);

    private final Targets targets;
    private final Metrics metrics;
    private final Actuals actuals;
    private final BusinessUnits units;
    private final Clock clock;

    public TargetIndicatorsSource(Targets targets, Metrics metrics, Actuals actuals, BusinessUnits units,
                                  Clock clock) {
        this.targets = targets;
        this.metrics = metrics;
        this.actuals = actuals;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return PARTS;
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public List<PartValue> valuesOf(Set<Part> parts, Collection<? extends Period> periods, ZoneId zone) {
        if (parts.stream().noneMatch(PARTS::contains)) {
            return List.of();
        }
        Map<MetricId, Metric> counting = metrics.all().stream()
                .filter(m -> m.core() && parts.contains(Part.CORE_TARGET_ATTAINMENT)
                        || m.key() && parts.contains(Part.KEY_INDICATORS_UNMET))
                .collect(Collectors.toMap(Metric::id, Function.identity()));
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var unitCodes = new HashMap<BusinessUnitId, String>();
        var values = new ArrayList<PartValue>();
        for (var period : periods) {
            ScorecardTargets.read(targets, actuals, counting, period, today).ifPresent(read -> {
                if (parts.contains(Part.CORE_TARGET_ATTAINMENT)) {
                    read.only(Metric::core).map(this::coreAttainment).ifPresent(values::add);
                }
                if (parts.contains(Part.KEY_INDICATORS_UNMET)) {
                    read.only(Metric::key).map(key -> keyIndicatorsUnmet(key, unitCodes)).ifPresent(values::add);
                }
            });
        }
        return values;
    }

    private PartValue coreAttainment(ScorecardTargets core) {
        var attained = core.counted().stream().flatMap(c -> c.attainment().stream()).toList();
        Measurement measurement = CoreTargets.attainment(attained).<Measurement>map(Measurement.Amount::new)
                .orElseGet(() -> Measurement.Ratio.of(0, 0));
        return new PartValue(Part.CORE_TARGET_ATTAINMENT, core.period(), measurement,
                new Provenance.FromRecords(ScorecardTargets.SOURCE, List.of(core.summary("core-attainment"))));
    }

    private PartValue keyIndicatorsUnmet(ScorecardTargets key, Map<BusinessUnitId, String> unitCodes) {
        int unmet = CoreTargets.unmet(key.counted().stream().map(ScorecardTargets.Counted::attainment).toList(),
                key.ended());
        var evidence = new ArrayList<Provenance.Evidence>();
        evidence.add(key.summary("key-indicators"));
        key.counted().stream().flatMap(c -> unmetEvidence(c, key, unitCodes).stream())
                .sorted(Comparator.comparing(Provenance.Evidence::label)).forEach(evidence::add);
        return new PartValue(Part.KEY_INDICATORS_UNMET, key.period(), new Measurement.Amount(BigDecimal.valueOf(unmet)),
                new Provenance.FromRecords(ScorecardTargets.SOURCE, evidence));
    }

    /** "华东区 REVENUE: 88 against 100" — the same rule as {@link CoreTargets#unmet}, one target at a time. */
    private Optional<Provenance.Evidence> unmetEvidence(ScorecardTargets.Counted c, ScorecardTargets key,
                                                        Map<BusinessUnitId, String> unitCodes) {
        if (CoreTargets.unmet(List.of(c.attainment()), key.ended()) == 0) {
            return Optional.empty();
        }
        var unit = unitCodes.computeIfAbsent(c.target().unit(),
                id -> units.byId(id).map(BusinessUnit::code).orElse(id.toString()));
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
