package dev.opscharter.application.incidents.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.appraisal.service.AppraisalService;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.fakes.InMemoryIncidentTypes;
import dev.opscharter.application.incidents.fakes.InMemoryIncidents;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.shared.AdjustableClock;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.domain.appraisal.Direction;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentTimeline;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The risk control parts from the incidents, on Thursday 14 May 2026, 10:00 in Shanghai: the second quarter runs.
 * Default limits: a system failure's steps 2/4/8/120 calendar hours, a major complaint's 4/8/16/40 working hours.
 */
class IncidentIndicatorsSourceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final Period.Year YEAR = new Period.Year(2026);
    private static final Set<Part> PARTS = Set.of(Part.INCIDENT_HANDLING_TIMELINESS, Part.MAJOR_ACCIDENTS,
            Part.RISK_INCIDENCE);

    private final AdjustableClock clock = new AdjustableClock(at("2026-05-14T10:00"));
    private final CountingIncidents incidents = new CountingIncidents(new InMemoryIncidents());
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final InMemoryActuals actuals = new InMemoryActuals();
    private final IncidentIndicatorsSource source = source(IncidentIndicatorsSource.DEFAULT_VOLUME_METRIC);

    private IncidentIndicatorsSource source(String volumeMetric) {
        return new IncidentIndicatorsSource(incidents, new InMemoryIncidentTypes(), metrics, actuals, volumeMetric,
                clock);
    }

    // ---- timeliness

    @Test
    void timeliness_is_in_time_over_counted_and_one_late_step_puts_it_below_100_percent() {
        report(IncidentType.SYSTEM_FAILURE, "Payment gateway down", "2026-04-02T09:00").steps(1, 2, 3, 24).save();
        var late = report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-04-10T09:00")
                .steps(3, 1, 1, 24).save();
        // reported an hour ago, its first step's 2 hours not over: not counted yet
        report(IncidentType.SYSTEM_FAILURE, "Scanner outage", "2026-05-14T09:00").save();

        var value = value(Part.INCIDENT_HANDLING_TIMELINESS, Q2);

        assertThat(value.measurement().figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("50"));
        assertThat(value.measurement().meets(Direction.AT_LEAST, BigDecimal.valueOf(100))).isFalse();
        assertThat(provenance(value).source()).isEqualTo("incidents");
        assertThat(provenance(value).evidence()).containsExactly(
                new Provenance.Evidence("2026-Q2", "evidence.incidents.timeliness", List.of("3", "2", "1", "1")),
                new Provenance.Evidence("Order system down", "evidence.incidents.late.LOCATE_CAUSE",
                        List.of("3", "2"), Optional.of("incidents?incident=" + late.id())));
    }

    @Test
    void no_incident_counted_yet_is_no_figure_not_100_percent() {
        report(IncidentType.SYSTEM_FAILURE, "Scanner outage", "2026-05-14T09:00").steps(1).save();

        var value = value(Part.INCIDENT_HANDLING_TIMELINESS, Q2);

        assertThat(value.measurement().figure()).isEmpty();
        assertThat(value.measurement().meets(Direction.AT_LEAST, BigDecimal.valueOf(100))).isFalse();
        assertThat(provenance(value).evidence()).singleElement()
                .satisfies(e -> assertThat(e.arguments()).containsExactly("1", "0", "0", "1"));
    }

    @Test
    void a_step_past_its_limit_and_not_done_counts_late_as_overdue() {
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-05-13T09:00").save();

        var value = value(Part.INCIDENT_HANDLING_TIMELINESS, Q2);

        assertThat(value.measurement().figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0"));
        assertThat(provenance(value).evidence().getLast()).extracting(Provenance.Evidence::detailKey,
                Provenance.Evidence::arguments).containsExactly("evidence.incidents.overdue.LOCATE_CAUSE",
                List.of("25", "2"));
    }

    @Test
    void the_same_hours_are_in_time_in_working_hours_and_late_in_calendar_hours() {
        // Friday 17:00 to Monday 11:00: 3 working hours (1 on Friday, 2 on Monday), 66 on the clock
        report(IncidentType.MAJOR_COMPLAINT, "Parcel lost twice", "2026-05-08T17:00")
                .doneAt("2026-05-11T11:00", "2026-05-11T17:00", "2026-05-12T10:00", "2026-05-13T10:00").save();
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-05-08T17:00")
                .doneAt("2026-05-11T11:00", "2026-05-11T17:00", "2026-05-12T10:00", "2026-05-13T10:00").save();

        var value = value(Part.INCIDENT_HANDLING_TIMELINESS, Q2);

        assertThat(value.measurement().figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("50"));
        assertThat(provenance(value).evidence()).extracting(Provenance.Evidence::label,
                Provenance.Evidence::detailKey, Provenance.Evidence::arguments).containsExactly(
                tuple("2026-Q2", "evidence.incidents.timeliness", List.of("2", "2", "1", "0")),
                tuple("Order system down", "evidence.incidents.late.LOCATE_CAUSE", List.of("66", "2")),
                tuple("Order system down", "evidence.incidents.late.EMERGENCY_MEASURE", List.of("6", "4")),
                tuple("Order system down", "evidence.incidents.late.NOTIFY_STAKEHOLDERS", List.of("17", "8")));
    }

    @Test
    void a_step_late_or_overdue_in_working_hours_says_so() {
        // Friday 17:00 to Monday 14:30: 1 + 5.5 working hours against 4
        report(IncidentType.MAJOR_COMPLAINT, "Parcel lost twice", "2026-05-08T17:00").doneAt("2026-05-11T14:30")
                .save();

        var value = value(Part.INCIDENT_HANDLING_TIMELINESS, Q2);

        // the measure's clock runs since Monday 14:30: 3.5 + 9 + 9 + 1 working hours by Thursday 10:00
        assertThat(provenance(value).evidence()).extracting(Provenance.Evidence::detailKey,
                Provenance.Evidence::arguments).containsExactly(
                tuple("evidence.incidents.timeliness", List.of("1", "1", "0", "0")),
                tuple("evidence.incidents.late-working.LOCATE_CAUSE", List.of("6.5", "4")),
                tuple("evidence.incidents.overdue-working.EMERGENCY_MEASURE", List.of("22.5", "8")));
    }

    // ---- major accidents

    @Test
    void an_incident_ruled_a_major_accident_counts_in_the_quarter_of_its_report_and_in_the_year() {
        var accident = report(IncidentType.SYSTEM_FAILURE, "Data centre fire", "2026-02-10T08:00").steps(1, 2, 3, 24)
                .ruled(true, "director", "2026-04-20T15:00").save();
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-04-10T09:00").steps(1, 1, 1, 24)
                .ruled(false, "director", "2026-04-20T15:00").save();
        report(IncidentType.ORDER_SURGE, "Singles' Day rush", "2026-05-14T08:00").save();

        var values = source.valuesOf(Part.MAJOR_ACCIDENTS, List.of(Q1, Q2, YEAR), SHANGHAI);

        assertThat(values).extracting(PartValue::period, v -> v.measurement().figure().orElseThrow().intValue())
                .containsExactly(tuple(Q1, 1), tuple(Q2, 0), tuple(YEAR, 1));
        assertThat(provenance(values.getFirst()).evidence()).containsExactly(
                new Provenance.Evidence("2026-Q1", "evidence.incidents.accidents", List.of("1", "1", "0")),
                new Provenance.Evidence("Data centre fire", "evidence.incidents.major-accident",
                        List.of("director", "2026-04-20"), Optional.of("incidents?incident=" + accident.id())));
        assertThat(provenance(values.get(1)).evidence()).singleElement()
                .satisfies(e -> assertThat(e.arguments()).containsExactly("2", "1", "1"));
        assertThat(provenance(values.getLast()).evidence()).hasSize(2);
    }

    // ---- risk incidence

    @Test
    void risk_incidence_is_the_incidents_over_the_volume_metric_s_total_named_in_the_provenance() {
        var orders = metric("ORDERS", "订单量", "Orders");
        day(orders, "2026-04-01", "120");
        day(orders, "2026-05-01", "80");
        day(orders, "2026-03-31", "5000");
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-04-10T09:00").save();
        report(IncidentType.SYSTEM_FAILURE, "Payment gateway down", "2026-04-12T09:00").save();
        report(IncidentType.ORDER_SURGE, "Singles' Day rush", "2026-05-14T08:00").save();

        var value = value(Part.RISK_INCIDENCE, Q2);

        assertThat(value.measurement().figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.5"));
        assertThat(provenance(value).source()).isEqualTo("risk-incidence");
        assertThat(provenance(value).evidence()).extracting(Provenance.Evidence::label,
                Provenance.Evidence::detailKey, Provenance.Evidence::arguments).containsExactly(
                tuple("2026-Q2", "evidence.risk-incidence.events", List.of("3")),
                tuple("订单激增", "evidence.risk-incidence.events-of-type", List.of("Order surge", "1")),
                tuple("系统故障", "evidence.risk-incidence.events-of-type", List.of("System failure", "2")),
                tuple("ORDERS", "evidence.risk-incidence.volume", List.of("订单量", "Orders", "200")));
    }

    @Test
    void the_volume_metric_is_a_setting() {
        var shipments = metric("SHIPMENTS", "发货量", "Shipments");
        day(shipments, "2026-04-01", "400");
        metric("ORDERS", "订单量", "Orders");
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-04-10T09:00").save();

        var value = source("SHIPMENTS").valueOf(Part.RISK_INCIDENCE, Q2, SHANGHAI).orElseThrow();

        assertThat(value.measurement().figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.25"));
        assertThat(provenance(value).evidence().getLast().arguments()).containsExactly("发货量", "Shipments", "400");
    }

    @Test
    void without_a_volume_there_is_no_figure_and_the_evidence_says_why() {
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-04-10T09:00").save();
        report(IncidentType.SYSTEM_FAILURE, "Payment gateway down", "2026-04-12T09:00").save();

        assertThat(lastEvidence(value(Part.RISK_INCIDENCE, Q2))).as("no such metric")
                .isEqualTo(new Provenance.Evidence("ORDERS", "evidence.risk-incidence.no-metric", List.of("ORDERS")));

        var orders = metric("ORDERS", "订单量", "Orders");
        day(orders, "2026-03-31", "100");
        assertThat(lastEvidence(value(Part.RISK_INCIDENCE, Q2))).as("no actuals in the period")
                .isEqualTo(new Provenance.Evidence("ORDERS", "evidence.risk-incidence.no-volume",
                        List.of("订单量", "Orders")));

        day(orders, "2026-04-01", "0");
        assertThat(lastEvidence(value(Part.RISK_INCIDENCE, Q2))).as("a total of zero").extracting(
                Provenance.Evidence::detailKey).isEqualTo("evidence.risk-incidence.no-volume");

        day(orders, "2026-04-02", "1");
        assertThat(lastEvidence(value(Part.RISK_INCIDENCE, Q2))).as("fewer orders than events").isEqualTo(
                new Provenance.Evidence("ORDERS", "evidence.risk-incidence.volume-below-events", List.of("1", "2")));
    }

    // ---- all parts

    @Test
    void a_period_without_incidents_is_left_to_hand_entry_for_every_part() {
        metric("ORDERS", "订单量", "Orders");
        report(IncidentType.SYSTEM_FAILURE, "Order system down", "2026-04-10T09:00").steps(1, 1, 1, 24)
                .ruled(true, "director", "2026-04-20T15:00").save();

        assertThat(source.leavesGapsToHandEntry()).isTrue();
        assertThat(source.parts()).isEqualTo(PARTS);
        assertThat(source.valuesOf(PARTS, List.of(Q1), SHANGHAI)).isEmpty();
        assertThat(source.valuesOf(PARTS, List.of(Q1, Q2), SHANGHAI)).extracting(PartValue::period)
                .containsOnly(Q2).hasSize(3);
        assertThat(source.valueOf(Part.CORE_STAFF_RETENTION, Q2, SHANGHAI)).isEmpty();
    }

    @Test
    void every_part_of_every_period_comes_from_one_read_and_is_what_each_gives_alone() {
        var orders = metric("ORDERS", "订单量", "Orders");
        day(orders, "2026-02-01", "900");
        day(orders, "2026-04-01", "700");
        report(IncidentType.SYSTEM_FAILURE, "Data centre fire", "2026-02-10T08:00").steps(3, 2, 3, 24)
                .ruled(true, "director", "2026-04-20T15:00").save();
        report(IncidentType.MAJOR_COMPLAINT, "Parcel lost twice", "2026-04-10T09:00").steps(1, 1, 1, 24).save();
        report(IncidentType.ORDER_SURGE, "Singles' Day rush", "2026-05-14T08:00").save();
        var periods = new ArrayList<Period>(YEAR.quarters());
        periods.add(YEAR);

        var together = source.valuesOf(PARTS, periods, SHANGHAI);

        assertThat(incidents.reads).as("one read of the incidents for three parts and five periods").hasValue(1);
        var alone = PARTS.stream().flatMap(part -> periods.stream()
                .flatMap(period -> source.valueOf(part, period, SHANGHAI).stream())).toList();
        assertThat(alone).hasSize(9);
        assertThat(together).containsExactlyInAnyOrderElementsOf(alone);
        var year = together.stream().filter(v -> v.period().equals(YEAR)).toList();
        assertThat(year).extracting(PartValue::part, v -> v.measurement().figure().orElseThrow().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple(Part.INCIDENT_HANDLING_TIMELINESS, "50"),
                        tuple(Part.MAJOR_ACCIDENTS, "1"), tuple(Part.RISK_INCIDENCE, "0.1875"));
    }

    @Test
    void a_quarter_with_incidents_reads_its_figures_from_them_and_one_without_takes_a_typed_figure() {
        report(IncidentType.SYSTEM_FAILURE, "Data centre fire", "2026-02-10T08:00").steps(1, 2, 3, 24)
                .ruled(true, "director", "2026-04-20T15:00").save();
        var appraisal = new AppraisalFixture();
        var service = new AppraisalService(new ArrayList<>(List.of(appraisal.retention, source)),
                appraisal.manualEntries, appraisal.standards, appraisal.approvals, appraisal.attachments,
                appraisal.renderer, () -> Map.of(), appraisal.org.useCase);

        var q1 = service.scorecard(Q1);

        assertThat(q1.scorecard().vetoed()).as("a major accident vetoes the quarter").isTrue();
        assertThat(q1.scorecard().failedParts()).contains(Part.MAJOR_ACCIDENTS);
        assertThat(q1.enterable(Part.MAJOR_ACCIDENTS)).isFalse();
        var refusal = catchThrowableOfType(RuleViolation.class, () -> service.enter(Part.MAJOR_ACCIDENTS, Q1,
                new Measurement.Amount(BigDecimal.ZERO), "none that we know of", Optional.empty(), 0));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("rule.figure.from-records");

        assertThat(service.scorecard(Q2).enterable(Part.MAJOR_ACCIDENTS)).isTrue();
        service.enter(Part.MAJOR_ACCIDENTS, Q2, new Measurement.Amount(BigDecimal.ZERO), "ruled outside the system",
                Optional.empty(), 0);
        assertThat(service.scorecard(Q2).scorecard().part(Part.MAJOR_ACCIDENTS).orElseThrow().manual()).isTrue();
    }

    // ---- records

    private PartValue value(Part part, Period period) {
        return source.valueOf(part, period, SHANGHAI).orElseThrow();
    }

    private static Provenance.FromRecords provenance(PartValue value) {
        return (Provenance.FromRecords) value.provenance();
    }

    private static Provenance.Evidence lastEvidence(PartValue value) {
        assertThat(value.measurement().figure()).isEmpty();
        return provenance(value).evidence().getLast();
    }

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant();
    }

    private Metric metric(String code, String chinese, String english) {
        return metrics.save(Metric.create(code, new BilingualName(chinese, english), MetricUnit.COUNT,
                MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, false, false));
    }

    private final BusinessUnitId east = BusinessUnitId.random();
    private final BusinessUnitId west = BusinessUnitId.random();
    private int days;

    /** Alternately the east's and the west's day: the volume is every unit's. */
    private void day(Metric metric, String day, String value) {
        actuals.addAll(List.of(new DailyActual(days++ % 2 == 0 ? east : west, metric.id(), LocalDate.parse(day),
                new BigDecimal(value))));
    }

    private Reported report(String type, String title, String at) {
        return new Reported(type, title, at(at));
    }

    /** An incident as stored, built step by step: when each step was done, and the director's ruling. */
    private final class Reported {
        private final String type;
        private final String title;
        private final Instant reported;
        private final List<Instant> done = new ArrayList<>();
        private Optional<Incident.Ruling> ruling = Optional.empty();

        Reported(String type, String title, Instant reported) {
            this.type = type;
            this.title = title;
            this.reported = reported;
        }

        /** Each step done so many hours after the one before (the first after the report). */
        Reported steps(int... hours) {
            var last = reported;
            for (int h : hours) {
                last = last.plus(Duration.ofHours(h));
                done.add(last);
            }
            return this;
        }

        Reported doneAt(String... times) {
            for (var time : times) {
                done.add(at(time));
            }
            return this;
        }

        Reported ruled(boolean major, String by, String at) {
            ruling = Optional.of(new Incident.Ruling(major, by, at(at)));
            return this;
        }

        Incident save() {
            var doneAt = new EnumMap<IncidentStep, Instant>(IncidentStep.class);
            var handled = new EnumMap<IncidentStep, Incident.Handled>(IncidentStep.class);
            var records = List.<StepRecord>of(new StepRecord.Cause("cause"), new StepRecord.Measure("measure"),
                    new StepRecord.Notified(List.of("Sales")), new StepRecord.PostMortem("post-mortem", List.of()));
            for (int i = 0; i < done.size(); i++) {
                doneAt.put(IncidentStep.values()[i], done.get(i));
                handled.put(IncidentStep.values()[i], new Incident.Handled("specialist", records.get(i)));
            }
            return incidents.save(new Incident(IncidentId.random(), type, title, "manager",
                    new IncidentTimeline(reported, doneAt), handled, Set.of(), ruling, 0));
        }
    }

    /** The incidents, counting the reads of a span. */
    private static final class CountingIncidents implements Incidents {
        private final Incidents delegate;
        final AtomicInteger reads = new AtomicInteger();

        CountingIncidents(Incidents delegate) {
            this.delegate = delegate;
        }

        @Override
        public Incident save(Incident incident) {
            return delegate.save(incident);
        }

        @Override
        public Optional<Incident> byId(IncidentId id) {
            return delegate.byId(id);
        }

        @Override
        public List<Incident> page(IncidentFilter filter, PageRequest page) {
            return delegate.page(filter, page);
        }

        @Override
        public long count(IncidentFilter filter) {
            return delegate.count(filter);
        }

        @Override
        public List<Incident> reportedBetween(Instant from, Instant until) {
            reads.incrementAndGet();
            return delegate.reportedBetween(from, until);
        }

        @Override
        public List<Incident> open() {
            return delegate.open();
        }
    }
}
