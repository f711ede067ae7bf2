package dev.opscharter.domain.team;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.opscharter.domain.team.TrainingPlanTest.DUE;
import static dev.opscharter.domain.team.TrainingPlanTest.LI;
import static dev.opscharter.domain.team.TrainingPlanTest.MANAGER;
import static dev.opscharter.domain.team.TrainingPlanTest.SPECIALIST;
import static dev.opscharter.domain.team.TrainingPlanTest.WANG;
import static org.assertj.core.api.Assertions.assertThat;

class AttendanceStatusTest {

    private static final TrainingEvidence NOTE = new TrainingEvidence.Note("certificate 42");

    private static Course completedOn(LocalDate day) {
        return TrainingPlanTest.withCourse().attended("LEAN-1", WANG, DUE.minusDays(20), SPECIALIST)
                .completed("LEAN-1", WANG, day, NOTE, MANAGER).course("LEAN-1").orElseThrow();
    }

    @Test
    void a_completion_on_the_due_date_is_on_time_and_one_a_day_later_is_late() {
        assertThat(AttendanceStatus.of(completedOn(DUE), WANG, DUE.plusDays(30)))
                .isEqualTo(AttendanceStatus.COMPLETED_ON_TIME);
        assertThat(AttendanceStatus.of(completedOn(DUE.plusDays(1)), WANG, DUE.plusDays(30)))
                .isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    void without_a_completion_it_is_due_through_the_due_day_and_missing_the_day_after() {
        var course = completedOn(DUE);
        assertThat(AttendanceStatus.of(course, LI, DUE)).isEqualTo(AttendanceStatus.DUE);
        assertThat(AttendanceStatus.of(course, LI, DUE.plusDays(1))).isEqualTo(AttendanceStatus.MISSING);
    }

    @Test
    void an_attendance_without_completion_is_still_due_or_missing() {
        var course = TrainingPlanTest.withCourse().attended("LEAN-1", LI, DUE.minusDays(3), SPECIALIST)
                .course("LEAN-1").orElseThrow();
        assertThat(AttendanceStatus.of(course, LI, DUE.minusDays(1))).isEqualTo(AttendanceStatus.DUE);
        assertThat(AttendanceStatus.of(course, LI, DUE.plusDays(1))).isEqualTo(AttendanceStatus.MISSING);
    }
}
