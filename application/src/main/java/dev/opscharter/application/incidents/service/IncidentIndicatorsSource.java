package dev.opscharter.application.incidents.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.Timeliness;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.WorkingCalendar;
import dev.opscharter.domain.targets.Metric;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The risk control indicator (风险管控效果, SPEC §2) from the incidents reported in each period, read once for all
 * three parts and every period asked:
 * <ul>
 *     <li>incident handling timeliness (事件处理及时率): {@link Timeliness}, the incidents handled in time over those
 *     that count, each against its type's limits in calendar or the organization's working hours, as they stand
 *     now; the drill-down names each late incident's late steps;</li>
 *     <li>major operational accidents (重大运营事故, a veto part): the incidents of the period — by the period of
 *     their report, whenever the director ruled — ruled a major accident, each listed with who ruled and when;</li>
 *     <li>operational risk incidence (运营风险发生率): the incidents over the period's business volume
 *     ({@link RiskIncidence}).</li>
 * </ul>
 * A period without a reported incident has no records of these parts: they are left to hand entry.
 */
public final class IncidentIndicatorsSource implements IndicatorSource.ReadOnce {

    public static final String SOURCE = "incidents";
    /** The business volume's metric when none is configured. */
    public static final String DEFAULT_VOLUME_METRIC = RiskIncidence.DEFAULT_VOLUME_METRIC;

    private static final Set<Part> PARTS = Set.of(Part.INCIDENT_HANDLING_TIMELINESS, Part.MAJOR_ACCIDENTS,
            Part.RISK_INCIDENCE);
    private static final String KEY_PREFIX = JudgedIncident.KEY_PREFIX;
    private static final Comparator<Incident> BY_REPORT = Comparator.comparing(Incident::reportedAt)
            .thenComparing(i -> i.id().toString());

    private final Incidents incidents;
    private final IncidentTypes types;
    private final RiskIncidence incidence;
    private final Clock clock;

    /** @param volumeMetric the code of the metric whose actuals are the business volume, e.g. ORDERS */
    public IncidentIndicatorsSource(Incidents incidents, IncidentTypes types, Metrics metrics, Actuals actuals,
                                    String volumeMetric, Clock clock) {
        this.incidents = incidents;
        this.types = types;
        this.incidence = new RiskIncidence(metrics, actuals, volumeMetric);
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return PARTS;
    }

    /** A period without incidents takes a typed figure, as before incidents were kept here. */
    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    /** One read of the incidents over the widest span, each judged once, then counted in every period it falls in. */
    @Override
    public List<PartValue> valuesOf(Set<Part> parts, Collection<? extends Period> periods, ZoneId zone) {
        if (periods.isEmpty() || parts.stream().noneMatch(PARTS::contains)) {
            return List.of();
        }
        var from = periods.stream().map(p -> p.start(zone)).min(Comparator.naturalOrder()).orElseThrow();
        var until = periods.stream().map(p -> p.end(zone)).max(Comparator.naturalOrder()).orElseThrow();
        var reported = incidents.reportedBetween(from, until);
        if (reported.isEmpty()) {
            return List.of();
        }
        var judged = judge(reported, zone);
        var volumeMetric = parts.contains(Part.RISK_INCIDENCE) ? incidence.metric() : Optional.<Metric>empty();
        var values = new ArrayList<PartValue>();
        for (var period : periods) {
            var start = period.start(zone);
            var end = period.end(zone);
            var of = judged.stream().filter(j -> !j.incident().reportedAt().isBefore(start)
                    && j.incident().reportedAt().isBefore(end)).toList();
            if (of.isEmpty()) {
                continue;
            }
            if (parts.contains(Part.INCIDENT_HANDLING_TIMELINESS)) {
                values.add(timeliness(period, of));
            }
            if (parts.contains(Part.MAJOR_ACCIDENTS)) {
                values.add(majorAccidents(period, of, zone));
            }
            if (parts.contains(Part.RISK_INCIDENCE)) {
                values.add(incidence.of(period, of, volumeMetric));
            }
        }
        return values;
    }

    private List<JudgedIncident> judge(List<Incident> reported, ZoneId zone) {
        var byCode = types.all().stream().collect(Collectors.toMap(IncidentType::code, Function.identity()));
        var calendar = WorkingCalendar.standard(zone);
        Instant now = clock.instant();
        return reported.stream().sorted(BY_REPORT).map(incident -> JudgedIncident.of(incident,
                Optional.ofNullable(byCode.get(incident.typeCode()))
                        .orElseThrow(() -> new NotFound("IncidentType", incident.typeCode())),
                calendar, now)).toList();
    }

    /** In time over counted; the incidents still within their limits are reported but not counted yet. */
    private static PartValue timeliness(Period period, List<JudgedIncident> of) {
        var timeliness = new Timeliness(of.stream().filter(j -> j.inTime().orElse(false)).count(),
                of.stream().filter(j -> j.inTime().isPresent()).count());
        var evidence = new ArrayList<Provenance.Evidence>();
        evidence.add(new Provenance.Evidence(period.key(), KEY_PREFIX + "timeliness", List.of(
                Integer.toString(of.size()), Long.toString(timeliness.counted()), Long.toString(timeliness.inTime()),
                Long.toString(of.size() - timeliness.counted()))));
        of.forEach(j -> evidence.addAll(j.lateSteps()));
        return new PartValue(Part.INCIDENT_HANDLING_TIMELINESS, period,
                Measurement.Ratio.of(timeliness.inTime(), timeliness.counted()),
                new Provenance.FromRecords(SOURCE, evidence));
    }

    /** The incidents ruled a major accident; those not ruled yet are named in the summary, not counted. */
    private static PartValue majorAccidents(Period period, List<JudgedIncident> of, ZoneId zone) {
        var major = of.stream().filter(j -> j.incident().majorAccident()).toList();
        long ruled = of.stream().filter(j -> j.incident().ruling().isPresent()).count();
        var evidence = new ArrayList<Provenance.Evidence>();
        evidence.add(new Provenance.Evidence(period.key(), KEY_PREFIX + "accidents", List.of(
                Integer.toString(of.size()), Long.toString(ruled), Long.toString(of.size() - ruled))));
        major.forEach(j -> evidence.add(j.majorAccident(zone)));
        return new PartValue(Part.MAJOR_ACCIDENTS, period, new Measurement.Amount(BigDecimal.valueOf(major.size())),
                new Provenance.FromRecords(SOURCE, evidence));
    }
}
