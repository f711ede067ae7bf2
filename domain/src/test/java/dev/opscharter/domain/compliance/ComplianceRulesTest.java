package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.WorkingCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of SPEC §4, one group per deviation type. The manual's process for most groups:
 * RECEIVE (mandatory, clerk) → CHECK (mandatory, clerk or supervisor, 2 h) → NOTIFY (optional, clerk, 4 h)
 * → APPROVE (mandatory, supervisor, 8 h) → CLOSE (mandatory, clerk, 1 h), ending with CLOSE, calendar hours.
 */
class ComplianceRulesTest {

    private static final String CLERK = "CLERK";
    private static final String SUPERVISOR = "SUPERVISOR";
    private static final Map<String, String> RIGHT_ROLE = Map.of("RECEIVE", CLERK, "CHECK", CLERK, "NOTIFY", CLERK,
            "APPROVE", SUPERVISOR, "CLOSE", CLERK);

    private static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");
    private static final Instant CHECK_TIME = T0.plus(Duration.ofDays(30));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(SHANGHAI);

    private static final Duration CHECK_LIMIT = Duration.ofHours(2);
    private static final Duration NOTIFY_LIMIT = Duration.ofHours(4);
    private static final Duration APPROVE_LIMIT = Duration.ofHours(8);
    private static final Duration CLOSE_LIMIT = Duration.ofHours(1);

    // ---------------------------------------------------------------- fixtures

    static ProcessStep step(String code, boolean mandatory, Duration limit, String... roles) {
        return new ProcessStep(new StepCode(code), new BilingualName(code, code), mandatory, Set.of(roles),
                Optional.ofNullable(limit));
    }

    static ProcessVersion version(LimitBasis basis, Duration endToEnd, Set<String> endSteps) {
        return new ProcessVersion(1, LocalDate.of(2026, 1, 1), List.of(
                step("RECEIVE", true, null, CLERK),
                step("CHECK", true, CHECK_LIMIT, CLERK, SUPERVISOR),
                step("NOTIFY", false, NOTIFY_LIMIT, CLERK),
                step("APPROVE", true, APPROVE_LIMIT, SUPERVISOR),
                step("CLOSE", true, CLOSE_LIMIT, CLERK)),
                Optional.ofNullable(endToEnd), endSteps.stream().map(StepCode::new).collect(Collectors.toSet()), basis);
    }

    private static final ProcessVersion MANUAL = version(LimitBasis.CALENDAR, null, Set.of("CLOSE"));

    /** The step by its right role, {@code minutes} after T0. */
    static CaseEvent e(String step, int minutes) {
        return e(step, RIGHT_ROLE.getOrDefault(step, CLERK), minutes);
    }

    static CaseEvent e(String step, String role, int minutes) {
        return new CaseEvent(step, role, at(minutes));
    }

    static CaseEvent e(String step, Instant at) {
        return new CaseEvent(step, RIGHT_ROLE.getOrDefault(step, CLERK), at);
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static List<Deviation> judge(CaseEvent... events) {
        return judge(MANUAL, CHECK_TIME, events);
    }

    private static List<Deviation> judge(ProcessVersion version, Instant checkTime, CaseEvent... events) {
        return new ComplianceRules(version, CALENDAR).judge(List.of(events), checkTime);
    }

    private static final CaseEvent[] COMPLIANT = {
            e("RECEIVE", 0), e("CHECK", 60), e("NOTIFY", 120), e("APPROVE", 300), e("CLOSE", 330)};

    @Test
    void a_case_that_follows_the_manual_has_no_deviation() {
        assertThat(judge(COMPLIANT)).isEmpty();
    }

    @Test
    void a_case_without_events_has_no_deviation() {
        assertThat(judge()).isEmpty();
    }

    // ---------------------------------------------------------------- STEP_SKIPPED

    @Nested
    class StepSkipped {

        @Test
        void a_mandatory_step_absent_while_a_later_step_is_present_is_skipped_naming_that_later_step() {
            assertThat(judge(e("RECEIVE", 0), e("APPROVE", 60), e("CLOSE", 90)))
                    .containsExactly(Deviation.skipped("CHECK", "APPROVE"));
        }

        @Test
        void an_absent_optional_step_is_fine() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60), e("APPROVE", 300), e("CLOSE", 330))).isEmpty();
        }

        @Test
        void absent_mandatory_steps_after_the_last_present_step_are_not_skipped() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60))).isEmpty();
            assertThat(judge(e("RECEIVE", 0))).isEmpty();
        }

        @Test
        void a_mandatory_step_before_a_present_optional_step_is_skipped() {
            assertThat(judge(e("RECEIVE", 0), e("NOTIFY", 60)))
                    .containsExactly(Deviation.skipped("CHECK", "NOTIFY"));
        }

        @Test
        void every_skipped_mandatory_step_is_reported_with_the_next_step_that_is_present() {
            assertThat(judge(e("CHECK", 0), e("CLOSE", 30))).containsExactlyInAnyOrder(
                    Deviation.skipped("RECEIVE", "CHECK"),
                    Deviation.skipped("APPROVE", "CLOSE"));
        }

        @Test
        void the_first_step_is_skipped_when_only_the_last_one_occurred() {
            assertThat(judge(e("CLOSE", 0))).containsExactlyInAnyOrder(
                    Deviation.skipped("RECEIVE", "CLOSE"),
                    Deviation.skipped("CHECK", "CLOSE"),
                    Deviation.skipped("APPROVE", "CLOSE"));
        }

        @Test
        void a_step_that_occurred_out_of_order_is_not_skipped() {
            assertThat(judge(e("CHECK", 0), e("RECEIVE", 10)))
                    .extracting(Deviation::type).doesNotContain(DeviationType.STEP_SKIPPED);
        }
    }

    // ---------------------------------------------------------------- OUT_OF_ORDER

    @Nested
    class OutOfOrder {

        @Test
        void a_step_strictly_earlier_than_a_step_defined_before_it_is_out_of_order() {
            assertThat(judge(e("CHECK", 0), e("RECEIVE", 30), e("APPROVE", 60), e("CLOSE", 90)))
                    .containsExactly(Deviation.outOfOrder("CHECK", "RECEIVE", at(0)));
        }

        @Test
        void one_second_earlier_is_out_of_order() {
            assertThat(judge(e("CHECK", T0), e("RECEIVE", T0.plusSeconds(1))))
                    .containsExactly(Deviation.outOfOrder("CHECK", "RECEIVE", T0));
        }

        @Test
        void equal_timestamps_are_not_out_of_order_whatever_order_they_were_recorded_in() {
            assertThat(judge(e("CHECK", 0), e("RECEIVE", 0), e("APPROVE", 60), e("CLOSE", 90))).isEmpty();
        }

        @Test
        void a_repeated_earlier_step_occurring_later_does_not_make_a_step_out_of_order() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 30), e("RECEIVE", 60), e("APPROVE", 90), e("CLOSE", 100)))
                    .isEmpty();
        }

        @Test
        void only_the_first_occurrence_of_the_later_defined_step_counts() {
            // APPROVE first occurred before CHECK; its second occurrence after CHECK does not mend that
            assertThat(judge(e("RECEIVE", 0), e("APPROVE", 10), e("CHECK", 20), e("APPROVE", 30), e("CLOSE", 40)))
                    .containsExactly(Deviation.outOfOrder("APPROVE", "CHECK", at(10)));
        }

        @Test
        void the_reference_is_the_step_defined_before_that_came_latest() {
            assertThat(judge(e("APPROVE", 5), e("CHECK", 10), e("RECEIVE", 20), e("CLOSE", 30)))
                    .containsExactlyInAnyOrder(
                            Deviation.outOfOrder("CHECK", "RECEIVE", at(10)),
                            Deviation.outOfOrder("APPROVE", "RECEIVE", at(5)));
        }

        @Test
        void an_optional_step_before_a_mandatory_one_defined_earlier_is_out_of_order() {
            assertThat(judge(e("RECEIVE", 0), e("NOTIFY", 10), e("CHECK", 20), e("APPROVE", 30), e("CLOSE", 40)))
                    .containsExactly(Deviation.outOfOrder("NOTIFY", "CHECK", at(10)));
        }

        @Test
        void an_optional_step_that_came_after_a_later_defined_step_breaks_that_steps_order() {
            assertThat(judge(e("RECEIVE", 0), e("APPROVE", 10), e("NOTIFY", 20)))
                    .containsExactlyInAnyOrder(
                            Deviation.skipped("CHECK", "NOTIFY"),
                            Deviation.outOfOrder("APPROVE", "NOTIFY", at(10)));
        }
    }

    // ---------------------------------------------------------------- WRONG_ROLE

    @Nested
    class WrongRole {

        @Test
        void a_responsible_role_passes_whichever_of_the_steps_roles_it_is() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", SUPERVISOR, 60), e("APPROVE", 120), e("CLOSE", 150)))
                    .isEmpty();
        }

        @Test
        void an_occurrence_by_a_role_not_responsible_for_the_step_is_reported_with_that_role() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60), e("APPROVE", CLERK, 120), e("CLOSE", 150)))
                    .containsExactly(Deviation.wrongRole("APPROVE", CLERK, at(120)));
        }

        @Test
        void every_occurrence_is_checked_including_repeated_ones() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 10), e("APPROVE", 20), e("APPROVE", CLERK, 25),
                    e("APPROVE", "INTERN", 26), e("CLOSE", 30)))
                    .containsExactly(
                            Deviation.wrongRole("APPROVE", CLERK, at(25)),
                            Deviation.wrongRole("APPROVE", "INTERN", at(26)));
        }

        @Test
        void a_wrong_first_occurrence_is_reported_even_when_a_repeat_is_by_the_right_role() {
            assertThat(judge(e("RECEIVE", SUPERVISOR, 0), e("RECEIVE", 5), e("CHECK", 10)))
                    .containsExactly(Deviation.wrongRole("RECEIVE", SUPERVISOR, at(0)));
        }

        @Test
        void a_wrong_role_is_reported_alongside_other_deviations_of_the_same_step() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", "INTERN", 121)))
                    .containsExactlyInAnyOrder(
                            Deviation.wrongRole("CHECK", "INTERN", at(121)),
                            Deviation.stepLate("CHECK", "RECEIVE", minutes(121), CHECK_LIMIT, at(121)));
        }
    }

    // ---------------------------------------------------------------- STEP_LATE

    @Nested
    class StepLate {

        @Test
        void exactly_at_the_limit_passes() {
            assertThat(judge(e("RECEIVE", T0), e("CHECK", T0.plus(CHECK_LIMIT)))).isEmpty();
        }

        @Test
        void one_second_over_the_limit_is_late() {
            var checked = T0.plus(CHECK_LIMIT).plusSeconds(1);

            assertThat(judge(e("RECEIVE", T0), e("CHECK", checked))).containsExactly(
                    Deviation.stepLate("CHECK", "RECEIVE", CHECK_LIMIT.plusSeconds(1), CHECK_LIMIT, checked));
        }

        @Test
        void the_time_runs_from_the_nearest_earlier_defined_step_that_occurred_skipping_absent_ones() {
            // NOTIFY (optional) is absent: APPROVE runs from CHECK
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60), e("APPROVE", 60 + 480))).isEmpty();
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60), e("APPROVE", 60 + 481))).containsExactly(
                    Deviation.stepLate("APPROVE", "CHECK", minutes(481), APPROVE_LIMIT, at(541)));
        }

        @Test
        void when_the_optional_step_occurred_the_time_runs_from_it() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60), e("NOTIFY", 120), e("APPROVE", 541))).isEmpty();
        }

        @Test
        void the_time_runs_over_a_skipped_mandatory_step_from_the_step_before_it() {
            assertThat(judge(e("RECEIVE", 0), e("APPROVE", 481))).containsExactlyInAnyOrder(
                    Deviation.skipped("CHECK", "APPROVE"),
                    Deviation.stepLate("APPROVE", "RECEIVE", minutes(481), APPROVE_LIMIT, at(481)));
        }

        @Test
        void the_time_runs_from_the_cases_first_event_when_no_earlier_defined_step_occurred() {
            assertThat(judge(e("APPROVE", 0), e("CHECK", 121))).containsExactlyInAnyOrder(
                    Deviation.skipped("RECEIVE", "CHECK"),
                    Deviation.outOfOrder("APPROVE", "CHECK", at(0)),
                    Deviation.stepLate("CHECK", null, minutes(121), CHECK_LIMIT, at(121)));
        }

        @Test
        void the_first_step_of_the_case_takes_no_time() {
            var version = new ProcessVersion(1, LocalDate.of(2026, 1, 1),
                    List.of(step("RECEIVE", true, Duration.ofSeconds(1), CLERK), step("CLOSE", true, null, CLERK)),
                    Optional.empty(), Set.of(new StepCode("CLOSE")), LimitBasis.CALENDAR);

            assertThat(judge(version, CHECK_TIME, e("RECEIVE", 0), e("CLOSE", 600))).isEmpty();
        }

        @Test
        void an_out_of_order_step_is_not_also_late_its_time_is_negative() {
            // CLOSE came 185 minutes before APPROVE; its 1 h limit is not exceeded by a negative time
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 10), e("CLOSE", 15), e("APPROVE", 200)))
                    .containsExactly(Deviation.outOfOrder("CLOSE", "APPROVE", at(15)));
        }

        @Test
        void a_step_without_limit_is_never_late() {
            assertThat(judge(e("CHECK", 0), e("RECEIVE", 100_000)))
                    .containsExactly(Deviation.outOfOrder("CHECK", "RECEIVE", at(0)));
        }

        @Test
        void every_late_step_is_reported() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 121), e("APPROVE", 121 + 481), e("CLOSE", 121 + 481 + 61)))
                    .containsExactly(
                            Deviation.stepLate("CHECK", "RECEIVE", minutes(121), CHECK_LIMIT, at(121)),
                            Deviation.stepLate("APPROVE", "CHECK", minutes(481), APPROVE_LIMIT, at(602)),
                            Deviation.stepLate("CLOSE", "APPROVE", minutes(61), CLOSE_LIMIT, at(663)));
        }
    }

    // ---------------------------------------------------------------- CASE_LATE

    @Nested
    class CaseLate {

        private static final Duration TEN_HOURS = Duration.ofHours(10);
        /** 10 h end to end; a case is finished by APPROVE or CLOSE. */
        private final ProcessVersion timed = version(LimitBasis.CALENDAR, TEN_HOURS, Set.of("APPROVE", "CLOSE"));

        private List<Deviation> judgeAt(Instant checkTime, CaseEvent... events) {
            return judge(timed, checkTime, events);
        }

        @Test
        void a_finished_case_whose_first_to_last_event_exceeds_the_limit_is_late() {
            assertThat(judgeAt(CHECK_TIME, e("RECEIVE", 0), e("CHECK", 120), e("NOTIFY", 360), e("APPROVE", 600),
                    e("CLOSE", 601)))
                    .containsExactly(Deviation.caseLate("CLOSE", minutes(601), TEN_HOURS, at(601)));
        }

        @Test
        void a_finished_case_exactly_at_the_limit_passes() {
            assertThat(judgeAt(CHECK_TIME, e("RECEIVE", 0), e("CHECK", 120), e("NOTIFY", 360), e("APPROVE", 600),
                    e("CLOSE", 600))).isEmpty();
        }

        @Test
        void a_case_is_finished_once_any_end_step_occurred() {
            // APPROVE ends the case although CLOSE never came: the check time, a month later, does not matter
            assertThat(judgeAt(CHECK_TIME, e("RECEIVE", 0), e("CHECK", 60), e("APPROVE", 120))).isEmpty();
        }

        @Test
        void the_last_event_counts_even_when_it_comes_after_the_end_step() {
            assertThat(judgeAt(CHECK_TIME, e("RECEIVE", 0), e("CHECK", 60), e("APPROVE", 120), e("CHECK", 601)))
                    .containsExactly(Deviation.caseLate("CHECK", minutes(601), TEN_HOURS, at(601)));
        }

        @Test
        void an_unfinished_case_whose_limit_has_passed_at_check_time_is_late() {
            assertThat(judgeAt(at(601), e("RECEIVE", 0), e("CHECK", 60)))
                    .containsExactly(Deviation.caseLate(null, minutes(601), TEN_HOURS, null));
        }

        @Test
        void an_unfinished_case_exactly_at_its_limit_at_check_time_is_not_late() {
            assertThat(judgeAt(at(600), e("RECEIVE", 0), e("CHECK", 60))).isEmpty();
        }

        @Test
        void an_unfinished_case_within_its_limit_is_fine() {
            assertThat(judgeAt(at(300), e("RECEIVE", 0), e("CHECK", 60))).isEmpty();
        }

        @Test
        void an_unfinished_case_whose_first_to_last_event_exceeds_the_limit_is_late_whatever_the_check_time() {
            assertThat(judgeAt(at(60), e("RECEIVE", 0), e("CHECK", 60), e("RECEIVE", 601)))
                    .containsExactly(Deviation.caseLate(null, minutes(601), TEN_HOURS, null));
        }

        @Test
        void without_an_end_to_end_limit_no_case_is_late() {
            assertThat(judge(MANUAL, CHECK_TIME.plus(Duration.ofDays(3650)), e("RECEIVE", 0))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- the case's span

    /** The span a check shows for a case is the one CASE_LATE measures: first to last event of a defined step. */
    @Nested
    class Span {

        private final ComplianceRules rules = new ComplianceRules(MANUAL, CALENDAR);

        private Optional<CaseSpan> span(CaseEvent... events) {
            return rules.span(List.of(events));
        }

        @Test
        void runs_from_the_first_to_the_last_event_when_every_step_is_defined() {
            assertThat(span(COMPLIANT)).contains(new CaseSpan(at(0), at(330)));
            assertThat(span(COMPLIANT).orElseThrow().duration()).isEqualTo(minutes(330));
        }

        @Test
        void leaves_out_undefined_steps_before_and_after_the_defined_ones() {
            assertThat(span(e("FAX", 0), e("MAIL", 5), e("RECEIVE", 60), e("FAX", 90), e("CHECK", 120),
                    e("MAIL", 600), e("FAX", 700))).contains(new CaseSpan(at(60), at(120)));
        }

        @Test
        void a_single_defined_event_spans_no_time() {
            assertThat(span(e("FAX", 0), e("CHECK", 30), e("FAX", 60))).contains(new CaseSpan(at(30), at(30)));
        }

        @Test
        void a_case_without_a_defined_step_has_no_span() {
            assertThat(span(e("FAX", 0), e("MAIL", 10))).isEmpty();
            assertThat(span()).isEmpty();
        }

        @Test
        void is_what_case_late_measures() {
            var timed = version(LimitBasis.CALENDAR, Duration.ofHours(10), Set.of("CLOSE"));
            CaseEvent[] events = {e("FAX", 0), e("RECEIVE", 60), e("CHECK", 120), e("APPROVE", 300),
                    e("CLOSE", 661), e("FAX", 2000)};

            var late = new ComplianceRules(timed, CALENDAR).judge(List.of(events), CHECK_TIME).stream()
                    .filter(d -> d.type() == DeviationType.CASE_LATE).findFirst().orElseThrow();

            assertThat(late.taken()).isEqualTo(new ComplianceRules(timed, CALENDAR).span(List.of(events))
                    .orElseThrow().duration()).isEqualTo(minutes(601));
        }
    }

    // ---------------------------------------------------------------- UNKNOWN_STEP

    @Nested
    class UnknownStep {

        @Test
        void every_occurrence_of_an_undefined_step_is_reported() {
            assertThat(judge(e("RECEIVE", 0), e("FAX", 10), e("FAX", 20), e("CHECK", 30)))
                    .containsExactly(Deviation.unknownStep("FAX", at(10)), Deviation.unknownStep("FAX", at(20)));
        }

        @Test
        void no_role_rule_applies_to_it() {
            assertThat(judge(e("RECEIVE", 0), e("FAX", "NOBODY", 10), e("CHECK", 30)))
                    .containsExactly(Deviation.unknownStep("FAX", at(10)));
        }

        @Test
        void it_is_not_an_order_breaker() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 10), e("FAX", 15), e("APPROVE", 20), e("CLOSE", 30)))
                    .containsExactly(Deviation.unknownStep("FAX", at(15)));
        }

        @Test
        void it_is_not_the_cases_first_event_a_step_limit_runs_from() {
            // counted from FAX, CHECK would take 130 min against its 2 h
            assertThat(judge(e("FAX", 0), e("CHECK", 130))).containsExactlyInAnyOrder(
                    Deviation.unknownStep("FAX", at(0)),
                    Deviation.skipped("RECEIVE", "CHECK"));
        }

        @Test
        void it_is_not_a_step_a_limit_runs_from() {
            assertThat(judge(e("RECEIVE", 0), e("FAX", 100), e("CHECK", 121))).containsExactlyInAnyOrder(
                    Deviation.unknownStep("FAX", at(100)),
                    Deviation.stepLate("CHECK", "RECEIVE", minutes(121), CHECK_LIMIT, at(121)));
        }

        @Test
        void it_is_neither_the_first_nor_the_last_event_for_the_end_to_end_limit() {
            var timed = version(LimitBasis.CALENDAR, Duration.ofHours(10), Set.of("APPROVE"));

            assertThat(judge(timed, CHECK_TIME, e("FAX", 0), e("RECEIVE", 60), e("CHECK", 120), e("APPROVE", 180),
                    e("FAX", 660)))
                    .containsExactly(Deviation.unknownStep("FAX", at(0)), Deviation.unknownStep("FAX", at(660)));
            // unfinished: 9 h 30 from RECEIVE to the check time, not 10 h 30 from FAX
            assertThat(judge(timed, at(630), e("FAX", 0), e("RECEIVE", 60)))
                    .containsExactly(Deviation.unknownStep("FAX", at(0)));
        }

        @Test
        void it_does_not_finish_a_case() {
            var timed = version(LimitBasis.CALENDAR, Duration.ofHours(10), Set.of("CLOSE"));

            assertThat(judge(timed, at(601), e("RECEIVE", 0), e("CLOSED", 30))).containsExactly(
                    Deviation.unknownStep("CLOSED", at(30)),
                    Deviation.caseLate(null, minutes(601), Duration.ofHours(10), null));
        }

        @Test
        void a_case_of_unknown_steps_only_has_nothing_else_to_report() {
            var timed = version(LimitBasis.CALENDAR, Duration.ofHours(1), Set.of("CLOSE"));

            assertThat(judge(timed, CHECK_TIME, e("FAX", 0), e("MAIL", 10)))
                    .containsExactly(Deviation.unknownStep("FAX", at(0)), Deviation.unknownStep("MAIL", at(10)));
        }
    }

    // ---------------------------------------------------------------- repeated steps

    @Nested
    class RepeatedSteps {

        @Test
        void a_repeated_step_is_timed_by_its_first_occurrence() {
            // the repeat of CHECK at 200 min would be over its 2 h limit
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 60), e("CHECK", 200), e("APPROVE", 300), e("CLOSE", 330)))
                    .isEmpty();
        }

        @Test
        void a_limit_runs_from_the_first_occurrence_of_the_earlier_step() {
            assertThat(judge(e("RECEIVE", 0), e("RECEIVE", 100), e("CHECK", 121))).containsExactly(
                    Deviation.stepLate("CHECK", "RECEIVE", minutes(121), CHECK_LIMIT, at(121)));
        }

        @Test
        void a_step_repeated_after_later_steps_keeps_its_first_place_in_the_order() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", 10), e("APPROVE", 20), e("CHECK", 25), e("CLOSE", 30),
                    e("RECEIVE", 40))).isEmpty();
        }

        @Test
        void a_repeated_step_is_reported_late_or_out_of_order_once() {
            assertThat(judge(e("CHECK", 0), e("RECEIVE", 5), e("CHECK", 6), e("CHECK", 7)))
                    .containsExactly(Deviation.outOfOrder("CHECK", "RECEIVE", at(0)));
        }
    }

    // ---------------------------------------------------------------- working hours

    @Nested
    class WorkingHours {

        private static final Instant FRIDAY_17 = OffsetDateTime.parse("2026-07-03T17:00:00+08:00").toInstant();
        private static final Instant MONDAY_10 = OffsetDateTime.parse("2026-07-06T10:00:00+08:00").toInstant();

        private final ProcessVersion working = version(LimitBasis.WORKING, Duration.ofHours(9), Set.of("CLOSE"));

        @Test
        void the_standard_calendar_counts_friday_17_to_monday_10_as_two_working_hours() {
            assertThat(CALENDAR.between(FRIDAY_17, MONDAY_10)).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void a_step_over_a_weekend_counts_only_working_hours_and_passes_exactly_at_its_limit() {
            assertThat(judge(working, MONDAY_10, e("RECEIVE", FRIDAY_17), e("CHECK", MONDAY_10))).isEmpty();
            // in calendar hours the same step takes 65 h
            assertThat(judge(version(LimitBasis.CALENDAR, null, Set.of("CLOSE")), MONDAY_10,
                    e("RECEIVE", FRIDAY_17), e("CHECK", MONDAY_10))).containsExactly(
                    Deviation.stepLate("CHECK", "RECEIVE", Duration.ofHours(65), CHECK_LIMIT, MONDAY_10));
        }

        @Test
        void one_working_second_over_the_limit_is_late() {
            var checked = MONDAY_10.plusSeconds(1);

            assertThat(judge(working, checked, e("RECEIVE", FRIDAY_17), e("CHECK", checked))).containsExactly(
                    Deviation.stepLate("CHECK", "RECEIVE", CHECK_LIMIT.plusSeconds(1), CHECK_LIMIT, checked));
        }

        @Test
        void time_outside_working_hours_does_not_count() {
            var saturday = OffsetDateTime.parse("2026-07-04T10:00:00+08:00").toInstant();
            var sundayNight = OffsetDateTime.parse("2026-07-05T22:00:00+08:00").toInstant();
            var mondayEarly = OffsetDateTime.parse("2026-07-06T08:59:59+08:00").toInstant();

            assertThat(judge(working, mondayEarly, e("RECEIVE", saturday), e("CHECK", sundayNight),
                    e("APPROVE", mondayEarly))).isEmpty();
        }

        @Test
        void an_unfinished_case_is_late_once_its_working_limit_has_passed_at_check_time() {
            var friday10 = OffsetDateTime.parse("2026-07-03T10:00:00+08:00").toInstant();

            // Friday 10–18 (8 h) and Monday 9–10 (1 h)
            assertThat(judge(working, MONDAY_10, e("RECEIVE", friday10))).isEmpty();
            assertThat(judge(working, MONDAY_10.plusSeconds(1), e("RECEIVE", friday10))).containsExactly(
                    Deviation.caseLate(null, Duration.ofHours(9).plusSeconds(1), Duration.ofHours(9), null));
        }

        @Test
        void a_finished_case_counts_working_hours_from_first_to_last_event() {
            var friday10 = OffsetDateTime.parse("2026-07-03T10:00:00+08:00").toInstant();
            var friday11 = OffsetDateTime.parse("2026-07-03T11:00:00+08:00").toInstant();
            var tuesday10 = OffsetDateTime.parse("2026-07-07T10:00:00+08:00").toInstant();

            assertThat(judge(working, CHECK_TIME, e("RECEIVE", friday10), e("CHECK", friday11),
                    e("APPROVE", MONDAY_10), e("CLOSE", MONDAY_10), e("CHECK", tuesday10)))
                    .containsExactly(Deviation.caseLate("CHECK", Duration.ofHours(18), Duration.ofHours(9), tuesday10));
        }
    }

    // ---------------------------------------------------------------- ties

    @Nested
    class Ties {

        @Test
        void steps_at_the_same_instant_in_reverse_order_comply() {
            assertThat(judge(e("CLOSE", 0), e("APPROVE", 0), e("CHECK", 0), e("RECEIVE", 0))).isEmpty();
        }

        @Test
        void a_step_at_the_same_instant_as_the_one_before_takes_no_time() {
            var version = new ProcessVersion(1, LocalDate.of(2026, 1, 1),
                    List.of(step("A", true, null, CLERK), step("B", true, Duration.ofSeconds(1), CLERK)),
                    Optional.of(Duration.ofSeconds(1)), Set.of(new StepCode("B")), LimitBasis.CALENDAR);

            assertThat(judge(version, at(0), e("B", 0), e("A", 0))).isEmpty();
        }

        @Test
        void a_step_tied_with_a_later_defined_one_is_not_out_of_order_but_an_earlier_one_is() {
            assertThat(judge(e("RECEIVE", 0), e("NOTIFY", 5), e("APPROVE", 10), e("CHECK", 10)))
                    .containsExactly(Deviation.outOfOrder("NOTIFY", "CHECK", at(5)));
        }

        @Test
        void occurrences_at_the_same_instant_are_each_checked_for_their_role() {
            assertThat(judge(e("RECEIVE", 0), e("CHECK", "INTERN", 0), e("CHECK", 0)))
                    .containsExactly(Deviation.wrongRole("CHECK", "INTERN", at(0)));
        }
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void the_same_case_is_judged_the_same_way_each_time() {
        var events = Stream.of(e("APPROVE", CLERK, 0), e("FAX", 1), e("RECEIVE", 130), e("CLOSE", 500))
                .toList();
        var rules = new ComplianceRules(MANUAL, CALENDAR);

        var first = rules.judge(events, CHECK_TIME);

        assertThat(rules.judge(events, CHECK_TIME)).containsExactlyElementsOf(first);
        assertThat(new ComplianceRules(MANUAL, CALENDAR).judge(events, CHECK_TIME)).containsExactlyElementsOf(first);
    }
}
