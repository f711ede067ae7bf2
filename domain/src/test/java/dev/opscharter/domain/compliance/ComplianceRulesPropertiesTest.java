package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.WorkingCalendar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceRulesPropertiesTest {

    private static final List<String> ROLES = List.of("R1", "R2", "R3");
    private static final long EARLIEST = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
    private static final long LATEST = Instant.parse("2032-01-01T00:00:00Z").getEpochSecond();
    private static final int DAY = 86_400;

    /** Zones with and without summer time, half-hour offsets, a 30-minute DST shift, midnight transitions. */
    private static final List<ZoneId> ZONES = List.of("Asia/Shanghai", "UTC", "Europe/Rome", "America/New_York",
            "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham",
            "Europe/Dublin", "America/St_Johns", "Africa/Casablanca", "America/Santiago", "Asia/Tehran")
            .stream().map(ZoneId::of).toList();

    /** The zones above plus one that skipped a whole day (Samoa, 30 December 2011). */
    private static final List<ZoneId> ALL_ZONES = java.util.stream.Stream.concat(ZONES.stream(),
            java.util.stream.Stream.of(ZoneId.of("Pacific/Apia"), ZoneId.of("America/Havana"))).toList();

    // ================================================================ the rules

    @Property
    void a_case_that_follows_the_manual_within_all_limits_has_no_deviation(@ForAll("compliantCases") Scenario scenario) {
        assertThat(scenario.judge(scenario.events())).isEmpty();
    }

    @Property
    void an_unknown_step_anywhere_adds_exactly_one_unknown_step_and_nothing_else(
            @ForAll("compliantCases") Scenario scenario, @ForAll @IntRange(max = 1000) int where,
            @ForAll @IntRange(max = 1000 * DAY) int secondsAway, @ForAll("roles") String role) {
        var events = new ArrayList<>(scenario.events());
        int index = where % (events.size() + 1);
        Instant at;
        if (index == 0) {
            at = events.getFirst().occurredAt().minusSeconds(secondsAway);
        } else if (index == events.size()) {
            at = events.getLast().occurredAt().plusSeconds(secondsAway);
        } else {
            var before = events.get(index - 1).occurredAt();
            var gap = Duration.between(before, events.get(index).occurredAt()).getSeconds();
            at = before.plusSeconds(gap == 0 ? 0 : secondsAway % (gap + 1));
        }
        events.add(index, new CaseEvent("UNKNOWN_X", role, at));

        assertThat(scenario.judge(events)).containsExactly(Deviation.unknownStep("UNKNOWN_X", at));
    }

    @Property
    void shuffling_events_at_the_same_instant_keeps_a_compliant_case_compliant(
            @ForAll("compliantCases") Scenario scenario, @ForAll Random random) {
        assertThat(scenario.judge(shuffleTies(scenario.events(), random))).isEmpty();
    }

    @Property
    void shuffling_events_at_the_same_instant_changes_no_out_of_order_finding(
            @ForAll("anyCases") Scenario scenario, @ForAll Random random) {
        var before = scenario.judge(scenario.events());
        var after = scenario.judge(shuffleTies(scenario.events(), random));

        assertThat(ofType(after, DeviationType.OUT_OF_ORDER))
                .containsExactlyInAnyOrderElementsOf(ofType(before, DeviationType.OUT_OF_ORDER));
        assertThat(after).extracting(Deviation::type)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(Deviation::type).toList());
    }

    @Property
    void deviations_are_deterministic(@ForAll("anyCases") Scenario scenario) {
        var first = scenario.judge(scenario.events());

        assertThat(scenario.judge(List.copyOf(scenario.events()))).containsExactlyElementsOf(first);
        assertThat(new ComplianceRules(scenario.version(), scenario.calendar()).judge(scenario.events(),
                scenario.checkTime())).containsExactlyElementsOf(first);
    }

    /** The order, skip, role and unknown rules, read word for word from SPEC §4 against any case. */
    @Property
    void the_order_skip_role_and_unknown_findings_are_those_the_spec_sentences_define(
            @ForAll("anyCases") Scenario scenario) {
        var steps = scenario.version().steps();
        var events = scenario.events();
        var firstAt = new HashMap<String, Instant>();
        var expectedRoles = new ArrayList<String>();
        var expectedUnknown = new ArrayList<String>();
        for (var event : events) {
            var step = scenario.version().step(event.stepCode());
            if (step.isEmpty()) {
                expectedUnknown.add(event.stepCode() + "@" + event.occurredAt());
                continue;
            }
            firstAt.putIfAbsent(event.stepCode(), event.occurredAt());
            if (!step.get().responsibleRoles().contains(event.actorRole())) {
                expectedRoles.add(event.stepCode() + "/" + event.actorRole() + "@" + event.occurredAt());
            }
        }
        var expectedSkipped = new TreeSet<String>();
        var expectedOutOfOrder = new TreeSet<String>();
        for (int i = 0; i < steps.size(); i++) {
            var code = steps.get(i).code().value();
            boolean laterPresent = false;
            for (int j = i + 1; j < steps.size(); j++) {
                laterPresent |= firstAt.containsKey(steps.get(j).code().value());
            }
            // a mandatory step is absent although a later step of the defined order is present
            if (steps.get(i).mandatory() && !firstAt.containsKey(code) && laterPresent) {
                expectedSkipped.add(code);
            }
            // a step's first occurrence is strictly earlier than the first occurrence of a step defined before it
            for (int j = 0; j < i && firstAt.containsKey(code); j++) {
                var earlierDefined = firstAt.get(steps.get(j).code().value());
                if (earlierDefined != null && firstAt.get(code).isBefore(earlierDefined)) {
                    expectedOutOfOrder.add(code);
                }
            }
        }

        var deviations = scenario.judge(events);

        assertThat(ofType(deviations, DeviationType.STEP_SKIPPED)).extracting(Deviation::step)
                .containsExactlyInAnyOrderElementsOf(expectedSkipped);
        assertThat(ofType(deviations, DeviationType.OUT_OF_ORDER)).extracting(Deviation::step)
                .containsExactlyInAnyOrderElementsOf(expectedOutOfOrder);
        assertThat(ofType(deviations, DeviationType.OUT_OF_ORDER)).allSatisfy(d -> {
            assertThat(scenario.version().positions().get(d.reference()))
                    .isLessThan(scenario.version().positions().get(d.step()));
            assertThat(firstAt.get(d.reference())).isAfter(d.at());
        });
        assertThat(ofType(deviations, DeviationType.WRONG_ROLE)).extracting(d -> d.step() + "/" + d.role() + "@" + d.at())
                .containsExactlyElementsOf(expectedRoles);
        assertThat(ofType(deviations, DeviationType.UNKNOWN_STEP)).extracting(d -> d.step() + "@" + d.at())
                .containsExactlyElementsOf(expectedUnknown);
        assertThat(ofType(deviations, DeviationType.STEP_LATE)).allSatisfy(d -> {
            assertThat(d.taken()).isGreaterThan(d.limit());
            assertThat(d.at()).isEqualTo(firstAt.get(d.step()));
        });
    }

    // ================================================================ the working calendar

    @Property
    void working_time_is_additive(@ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant a,
                                  @ForAll("spans") Duration ab, @ForAll("spans") Duration bc) {
        var b = a.plus(ab);
        var c = b.plus(bc);

        assertThat(calendar.between(a, b).plus(calendar.between(b, c))).isEqualTo(calendar.between(a, c));
    }

    @Property
    void working_time_is_never_negative_nor_more_than_the_calendar_time(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        var between = calendar.between(a, b);

        assertThat(between).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(between).isLessThanOrEqualTo(b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO);
    }

    @Property
    void working_time_counted_by_weeks_equals_counting_day_by_day(@ForAll("anyZoneCalendars") WorkingCalendar calendar,
                                                                @ForAll("instants") Instant from,
                                                                @ForAll("spans") Duration span) {
        assertThat(calendar.between(from, from.plus(span))).isEqualTo(dayByDay(calendar, from, from.plus(span)));
        assertThat(calendar.between(from.plus(span), from)).isEqualTo(Duration.ZERO);
    }

    /** Spans around a summer-time (or other) transition of the zone, where a working day is shorter or longer. */
    @Property(tries = 2000)
    void working_time_around_a_zone_transition_equals_counting_day_by_day(
            @ForAll("anyZoneCalendars") WorkingCalendar calendar, @ForAll("instants") Instant near,
            @ForAll @IntRange(min = -5 * DAY, max = 5 * DAY) int fromOffset,
            @ForAll @IntRange(max = 12 * DAY) int length) {
        var transition = calendar.zone().getRules().nextTransition(near);
        var around = transition == null ? near : transition.getInstant();
        var from = around.plusSeconds(fromOffset);
        var to = from.plusSeconds(length);

        assertThat(calendar.between(from, to)).isEqualTo(dayByDay(calendar, from, to));
    }

    @Property
    void the_standard_week_has_45_working_hours(@ForAll("zones") ZoneId zone, @ForAll("instants") Instant from,
                                                @ForAll @IntRange(min = 1, max = 200) int weeks) {
        var calendar = WorkingCalendar.standard(zone);
        var start = from.atZone(zone).toLocalDate().atTime(9, 0).atZone(zone);
        var to = start.plusWeeks(weeks);
        // both ends at 09:00 local: with no transition in working hours, each week counts 5 × 9 h
        if (zone.getRules().isFixedOffset() || zone.equals(ZoneId.of("Asia/Shanghai"))) {
            assertThat(calendar.between(start.toInstant(), to.toInstant())).isEqualTo(Duration.ofHours(45L * weeks));
        }
        assertThat(calendar.between(start.toInstant(), to.toInstant()))
                .isEqualTo(dayByDay(calendar, start.toInstant(), to.toInstant()));
    }

    /** The implementation before it counted whole weeks: every day from the first to the last. */
    static Duration dayByDay(WorkingCalendar calendar, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var zone = calendar.zone();
        var total = Duration.ZERO;
        var lastDay = LocalDate.ofInstant(to, zone);
        for (var day = LocalDate.ofInstant(from, zone); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (!calendar.workingDays().contains(day.getDayOfWeek())) {
                continue;
            }
            var open = day.atTime(calendar.start()).atZone(zone).toInstant();
            var close = day.atTime(calendar.end()).atZone(zone).toInstant();
            var a = from.isAfter(open) ? from : open;
            var b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    // ================================================================ generators

    /**
     * One step's ingredients: mandatory; its roles (bit mask over R1..R3); its limit in seconds (0: none);
     * whether an optional step occurs; the seconds after the previous step (cut to the limit); whether
     * it repeats at the same instant; which allowed role acts.
     */
    record StepSpec(boolean mandatory, int roles, int limitSeconds, boolean present, int gapSeconds,
                    boolean repeat, int roleChoice) {
    }

    /** A version, the calendar for working hours, a case by time and the check time. */
    record Scenario(ProcessVersion version, WorkingCalendar calendar, List<CaseEvent> events, Instant checkTime) {

        List<Deviation> judge(List<CaseEvent> events) {
            return new ComplianceRules(version, calendar).judge(events, checkTime);
        }

        static Scenario compliant(List<StepSpec> specs, LimitBasis basis, ZoneId zone, Instant start, int slack,
                                  int checkDelay, boolean firstStepEnds) {
            var steps = new ArrayList<ProcessStep>();
            var events = new ArrayList<CaseEvent>();
            var time = start;
            for (int i = 0; i < specs.size(); i++) {
                var spec = specs.get(i);
                var allowed = roles(spec.roles());
                steps.add(new ProcessStep(new StepCode("S" + i), new BilingualName("S" + i, "S" + i), spec.mandatory(),
                        Set.copyOf(allowed), spec.limitSeconds() == 0 ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(spec.limitSeconds()))));
                boolean last = i == specs.size() - 1;
                if (!(spec.mandatory() || spec.present() || last)) {
                    continue;
                }
                if (!events.isEmpty()) {
                    int gap = spec.limitSeconds() == 0 ? spec.gapSeconds() : Math.min(spec.gapSeconds(), spec.limitSeconds());
                    time = time.plusSeconds(gap);
                }
                events.add(new CaseEvent("S" + i, allowed.get(spec.roleChoice() % allowed.size()), time));
                if (spec.repeat()) {
                    events.add(new CaseEvent("S" + i, allowed.get((spec.roleChoice() + 1) % allowed.size()), time));
                }
            }
            var total = Duration.between(events.getFirst().occurredAt(), events.getLast().occurredAt());
            var endToEnd = slack < 0 ? Optional.<Duration>empty() : Optional.of(total.plusSeconds(slack + 1L));
            var ends = new HashSet<StepCode>();
            ends.add(new StepCode("S" + (specs.size() - 1)));
            if (firstStepEnds) {
                ends.add(new StepCode("S0"));
            }
            var version = new ProcessVersion(1, LocalDate.of(2026, 1, 1), steps, endToEnd, ends, basis);
            return new Scenario(version, WorkingCalendar.standard(zone), List.copyOf(events),
                    events.getLast().occurredAt().plusSeconds(checkDelay));
        }

        /** The same version with other events: steps by index (beyond the version's: unknown), roles, hours. */
        Scenario withEvents(List<Tuple.Tuple3<Integer, Integer, Integer>> raw) {
            var start = events.getFirst().occurredAt();
            var sorted = new ArrayList<>(raw);
            sorted.sort(Comparator.comparing(Tuple.Tuple3::get3));
            var others = new ArrayList<CaseEvent>();
            int defined = version.steps().size();
            for (var e : sorted) {
                var code = e.get1() < defined ? "S" + e.get1() : "X" + e.get1();
                var role = e.get2() < ROLES.size() ? ROLES.get(e.get2()) : "NOBODY";
                others.add(new CaseEvent(code, role, start.plus(Duration.ofMinutes(30L * e.get3()))));
            }
            return new Scenario(version, calendar, List.copyOf(others), checkTime);
        }

        private static List<String> roles(int mask) {
            var roles = new ArrayList<String>();
            for (int r = 0; r < ROLES.size(); r++) {
                if ((mask & (1 << r)) != 0) {
                    roles.add(ROLES.get(r));
                }
            }
            return roles;
        }
    }

    @Provide
    Arbitrary<Scenario> compliantCases() {
        Arbitrary<StepSpec> spec = Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 7),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                        Tuple.of(3, Arbitraries.integers().between(1, 30 * DAY))),
                Arbitraries.of(true, false),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                        Tuple.of(3, Arbitraries.integers().between(0, 10 * DAY))),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2)).as(StepSpec::new);
        return Combinators.combine(
                spec.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(LimitBasis.class),
                Arbitraries.of(ZONES),
                instants(),
                Arbitraries.integers().between(-1, 10 * DAY),
                Arbitraries.integers().between(0, 400 * DAY),
                Arbitraries.of(true, false)).as(Scenario::compliant);
    }

    /** A manual's version with any case against it: known and unknown steps, any roles, many ties. */
    @Provide
    Arbitrary<Scenario> anyCases() {
        var event = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 8)).as(Tuple::of);
        return Combinators.combine(compliantCases(), event.list().ofMaxSize(14)).as(Scenario::withEvents);
    }

    @Provide
    Arbitrary<String> roles() {
        return Arbitraries.of("R1", "R2", "R3", "NOBODY");
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(EARLIEST, LATEST),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999))))
                .as(Instant::ofEpochSecond);
    }

    /** From nothing to four years, mostly short. */
    @Provide
    Arbitrary<Duration> spans() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs().between(0, 2 * DAY)),
                Tuple.of(3, Arbitraries.longs().between(0, 40L * DAY)),
                Tuple.of(2, Arbitraries.longs().between(0, 4 * 366L * DAY))).map(Duration::ofSeconds);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        return calendarsIn(ZONES);
    }

    @Provide
    Arbitrary<WorkingCalendar> anyZoneCalendars() {
        return calendarsIn(ALL_ZONES);
    }

    private static Arbitrary<WorkingCalendar> calendarsIn(List<ZoneId> zones) {
        var hours = Arbitraries.integers().between(0, DAY - 2).flatMap(start ->
                Arbitraries.integers().between(start + 1, DAY - 1).map(end -> Tuple.of(start, end)));
        var custom = Combinators.combine(Arbitraries.of(zones),
                        Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1), hours)
                .as((zone, days, span) -> new WorkingCalendar(zone, days, LocalTime.ofSecondOfDay(span.get1()),
                        LocalTime.ofSecondOfDay(span.get2())));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(zones).map(WorkingCalendar::standard)),
                Tuple.of(3, custom));
    }

    // ================================================================ helpers

    private static List<Deviation> ofType(List<Deviation> deviations, DeviationType type) {
        return deviations.stream().filter(d -> d.type() == type).toList();
    }

    /** Events in the same order, except that those at the same instant are shuffled among themselves. */
    private static List<CaseEvent> shuffleTies(List<CaseEvent> events, Random random) {
        var shuffled = new ArrayList<CaseEvent>(events.size());
        int i = 0;
        while (i < events.size()) {
            int j = i;
            while (j < events.size() && events.get(j).occurredAt().equals(events.get(i).occurredAt())) {
                j++;
            }
            var tie = new ArrayList<>(events.subList(i, j));
            Collections.shuffle(tie, random);
            shuffled.addAll(tie);
            i = j;
        }
        return shuffled;
    }
}
