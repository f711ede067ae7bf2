package dev.opscharter.application.efficiency.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The efficiency improvement indicator (效率提升) from the optimization projects:
 * <ul>
 * <li><b>core efficiency improvement</b> ({@link Part#EFFICIENCY_IMPROVEMENT_RATE}, judged per quarter and on
 * the year): the mean of the core improvements of the projects accepted with a landed date in the period.
 * A project's core improvement is the mean percent of the indicators marked <em>core</em> — those it was
 * undertaken for — each in its own direction ({@link OptimizationProject#coreImprovement()}); its other
 * indicators are context and do not count. Each project weighs the same, however many core indicators it has,
 * so one project measured on many indicators does not outweigh the rest. A period without such a project has
 * no value here and is entered by hand as before.</li>
 * <li><b>process-optimization projects landed</b> ({@link Part#OPTIMIZATION_PROJECTS_LANDED}, judged on the
 * year, its quarters added up): the count of projects accepted with a landed date in the quarter. Once the
 * organization keeps any project here (created before the quarter's end), a quarter without a landing counts
 * 0 rather than waiting for a typed figure; before that the quarter is entered by hand.</li>
 * </ul>
 * Each value lists the projects behind it, with a link to the projects list.
 */
public final class EfficiencySource implements IndicatorSource {

    public static final String SOURCE = "efficiency";
    public static final String KEY_PREFIX = "evidence.efficiency.";
    /** The route of the projects list, relative to the application's root. */
    public static final String PROJECTS_ROUTE = "efficiency";

    private final OptimizationProjects projects;

    public EfficiencySource(OptimizationProjects projects) {
        this.projects = projects;
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.EFFICIENCY_IMPROVEMENT_RATE, Part.OPTIMIZATION_PROJECTS_LANDED);
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        var landed = projects.landedBetween(period.firstDay(), period.endExclusive());
        return switch (part) {
            case EFFICIENCY_IMPROVEMENT_RATE -> improvement(period, landed);
            case OPTIMIZATION_PROJECTS_LANDED -> period instanceof Period.Quarter quarter
                    ? landed(quarter, landed, zone) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<PartValue> improvement(Period period, List<OptimizationProject> landed) {
        var counted = landed.stream().filter(p -> p.coreImprovement().isPresent()).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        var mean = counted.stream().map(p -> p.coreImprovement().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP);
        var evidence = counted.stream().map(p -> evidence(p, "improvement",
                p.coreImprovement().orElseThrow().toPlainString())).toList();
        return Optional.of(new PartValue(Part.EFFICIENCY_IMPROVEMENT_RATE, period, new Measurement.Amount(mean),
                new Provenance.FromRecords(SOURCE, evidence)));
    }

    private Optional<PartValue> landed(Period.Quarter quarter, List<OptimizationProject> landed, ZoneId zone) {
        if (landed.isEmpty()
                && !projects.anyCreatedBefore(quarter.end(zone))) {
            return Optional.empty();
        }
        var evidence = landed.stream().map(p -> evidence(p, "landed",
                p.landedOn().orElseThrow().toString())).toList();
        return Optional.of(new PartValue(Part.OPTIMIZATION_PROJECTS_LANDED, quarter,
                new Measurement.Amount(BigDecimal.valueOf(landed.size())), new Provenance.FromRecords(SOURCE, evidence)));
    }

    /** "订单处理提速": landed 2027-03-12, core improvement 22.5 %. */
    private static Provenance.Evidence evidence(OptimizationProject project, String kind, String argument) {
        return new Provenance.Evidence(project.title(), KEY_PREFIX + kind,
                List.of(project.owner(), argument, project.landedOn().orElseThrow().toString()),
                Optional.of(PROJECTS_ROUTE));
    }
}
