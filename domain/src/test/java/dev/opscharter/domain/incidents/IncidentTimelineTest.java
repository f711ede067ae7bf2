package dev.opscharter.domain.incidents;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static dev.opscharter.domain.incidents.IncidentStep.EMERGENCY_MEASURE;
import static dev.opscharter.domain.incidents.IncidentStep.LOCATE_CAUSE;
import static dev.opscharter.domain.incidents.IncidentStep.NOTIFY_STAKEHOLDERS;
import static dev.opscharter.domain.incidents.IncidentStep.POST_MORTEM;
import static dev.opscharter.domain.incidents.StepTiming.State.LATE;
import static dev.opscharter.domain.incidents.StepTiming.State.NOT_STARTED;
import static dev.opscharter.domain.incidents.StepTiming.State.ON_TIME;
import static dev.opscharter.domain.incidents.StepTiming.State.OVERDUE;
import static dev.opscharter.domain.incidents.StepTiming.State.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A system failure reported on Friday 4 December 2026 at 17:00 in Shanghai (09:00 UTC). */
class IncidentTimelineTest {

    static final WorkingCalendar SHANGHAI = WorkingCalendar.standard(ZoneId.of("Asia/Shanghai"));
    static final Instant REPORTED = Instant.parse("2026-12-04T09:00:00Z");

    static StepLimits limits(LimitBasis basis) {
        return new StepLimits(basis, Map.of(LOCATE_CAUSE, Duration.ofHours(2), EMERGENCY_MEASURE, Duration.ofHours(4),
                NOTIFY_STAKEHOLDERS, Duration.ofHours(1), POST_MORTEM, Duration.ofHours(40)));
    }

    @Test
    void each_step_is_timed_from_the_step_before_it_and_a_step_exactly_at_its_limit_is_in_time() {
        var timeline = IncidentTimeline.reportedAt(REPORTED)
                .withDone(LOCATE_CAUSE, REPORTED.plus(Duration.ofHours(2)))
                .withDone(EMERGENCY_MEASURE, REPORTED.plus(Duration.ofHours(6)).plusSeconds(1));

        var timings = timeline.timings(limits(LimitBasis.CALENDAR), SHANGHAI, REPORTED.plus(Duration.ofHours(6)));

        assertThat(timings).extracting(StepTiming::state).containsExactly(ON_TIME, LATE, RUNNING, NOT_STARTED);
        assertThat(timings.get(0).took()).contains(Duration.ofHours(2));
        assertThat(timings.get(1).took()).contains(Duration.ofHours(4).plusSeconds(1));
        assertThat(timings.get(3).took()).isEmpty();
    }

    @Test
    void a_step_not_done_is_overdue_once_its_limit_has_passed_and_not_a_moment_before() {
        var timeline = IncidentTimeline.reportedAt(REPORTED);
        var limits = limits(LimitBasis.CALENDAR);

        assertThat(timeline.timings(limits, SHANGHAI, REPORTED.plus(Duration.ofHours(2))).getFirst().state())
                .isEqualTo(RUNNING);
        assertThat(timeline.timings(limits, SHANGHAI, REPORTED.plus(Duration.ofHours(2)).plusSeconds(1))
                .getFirst().state()).isEqualTo(OVERDUE);
        assertThat(timeline.handledInTime(limits, SHANGHAI, REPORTED.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(timeline.handledInTime(limits, SHANGHAI, REPORTED.plus(Duration.ofHours(3)))).contains(false);
    }

    @Test
    void in_working_hours_the_weekend_and_the_night_do_not_count() {
        // reported Friday 17:00, cause located Monday 10:00: 1 working hour on Friday and 1 on Monday
        var located = Instant.parse("2026-12-07T02:00:00Z");
        var timeline = IncidentTimeline.reportedAt(REPORTED).withDone(LOCATE_CAUSE, located);

        assertThat(timeline.timings(limits(LimitBasis.WORKING), SHANGHAI, located).getFirst())
                .satisfies(t -> {
                    assertThat(t.state()).isEqualTo(ON_TIME);
                    assertThat(t.took()).contains(Duration.ofHours(2));
                });
        assertThat(timeline.timings(limits(LimitBasis.CALENDAR), SHANGHAI, located).getFirst().state())
                .as("65 hours on the clock").isEqualTo(LATE);
    }

    @Test
    void an_incident_is_handled_in_time_once_every_step_is_done_within_its_limit() {
        var limits = limits(LimitBasis.CALENDAR);
        var timeline = IncidentTimeline.reportedAt(REPORTED)
                .withDone(LOCATE_CAUSE, REPORTED.plus(Duration.ofHours(1)))
                .withDone(EMERGENCY_MEASURE, REPORTED.plus(Duration.ofHours(3)))
                .withDone(NOTIFY_STAKEHOLDERS, REPORTED.plus(Duration.ofHours(4)));
        var now = REPORTED.plus(Duration.ofHours(5));

        assertThat(timeline.handledInTime(limits, SHANGHAI, now)).as("the post-mortem is still due").isEmpty();
        var finished = timeline.withDone(POST_MORTEM, REPORTED.plus(Duration.ofHours(30)));
        assertThat(finished.finished()).isTrue();
        assertThat(finished.nextStep()).isEmpty();
        assertThat(finished.handledInTime(limits, SHANGHAI, now.plus(Duration.ofDays(30)))).contains(true);
        var lateNotice = timeline.withDone(POST_MORTEM, REPORTED.plus(Duration.ofHours(45)));
        assertThat(lateNotice.handledInTime(limits, SHANGHAI, now)).as("41 hours after the notice").contains(false);
    }

    @Test
    void a_step_is_done_only_after_the_step_before_it_and_every_step_has_a_positive_limit() {
        assertThatThrownBy(() -> IncidentTimeline.reportedAt(REPORTED).withDone(EMERGENCY_MEASURE, REPORTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncidentTimeline.reportedAt(REPORTED).withDone(LOCATE_CAUSE,
                REPORTED.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(IncidentTimeline.reportedAt(REPORTED).nextStep()).isEqualTo(Optional.of(LOCATE_CAUSE));
        assertThatThrownBy(() -> new StepLimits(LimitBasis.CALENDAR, Map.of(LOCATE_CAUSE, Duration.ofHours(1))))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("limit-EMERGENCY_MEASURE"));
    }
}
