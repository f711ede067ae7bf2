package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingPlanTest {

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final Actor AUDITOR = Actor.user("auditor", Set.of(Role.AUDITOR));
    static final Period.Year Y2026 = new Period.Year(2026);
    static final PersonId WANG = PersonId.random();
    static final PersonId LI = PersonId.random();
    static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    static final TrainingEvidence CERTIFICATE = new TrainingEvidence.Attachment(UUID.randomUUID());

    static TrainingPlan withCourse() {
        return TrainingPlan.draw(Y2026, MANAGER).addCourse(Course.of("LEAN-1", "Lean basics", DUE, List.of(WANG, LI)),
                MANAGER);
    }

    @Test
    void attendance_then_completion_are_recorded_per_attendee_with_evidence_and_who_recorded() {
        var plan = withCourse().attended("LEAN-1", WANG, DUE.minusDays(10), SPECIALIST)
                .completed("LEAN-1", WANG, DUE.minusDays(9), new TrainingEvidence.Note("passed the test"), MANAGER);

        var record = plan.course("LEAN-1").orElseThrow().attendanceOf(WANG).orElseThrow();
        assertThat(record.recordedBy()).isEqualTo("specialist");
        assertThat(record.completion().orElseThrow().evidence()).isEqualTo(new TrainingEvidence.Note("passed the test"));
        assertThat(record.completion().orElseThrow().recordedBy()).isEqualTo("manager");
        assertThat(plan.course("LEAN-1").orElseThrow().attendanceOf(LI)).isEmpty();
        assertThat(plan.course("LEAN-1").orElseThrow().completedOnTime()).containsExactly(WANG);
    }

    @Test
    void a_course_outside_the_plans_year_or_under_a_code_used_already_is_refused() {
        assertThatThrownBy(() -> withCourse().addCourse(
                Course.of("LEAN-2", "Lean", LocalDate.of(2027, 1, 1), List.of(WANG)), MANAGER))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.outside-year");
        assertThatThrownBy(() -> withCourse().addCourse(
                Course.of("LEAN-1", "Again", LocalDate.of(2026, 12, 31), List.of(WANG)), MANAGER))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.code-twice");
        assertThat(withCourse().addCourse(Course.of("LAST", "Last day", LocalDate.of(2026, 12, 31), List.of(WANG)),
                MANAGER).courses()).hasSize(2);
    }

    @Test
    void an_attendee_named_twice_or_nobody_to_attend_is_refused() {
        assertThatThrownBy(() -> Course.of("X", "X", DUE, List.of(WANG, LI, WANG)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.attendee-twice");
        assertThatThrownBy(() -> Course.of("X", "X", DUE, List.of()))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("validation.required");
    }

    @Test
    void completion_needs_the_course_an_attendee_and_their_attendance_first() {
        var plan = withCourse();
        assertThatThrownBy(() -> plan.completed("NOPE", WANG, DUE, CERTIFICATE, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.unknown");
        assertThatThrownBy(() -> plan.attended("LEAN-1", PersonId.random(), DUE, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.not-an-attendee");
        assertThatThrownBy(() -> plan.completed("LEAN-1", WANG, DUE, CERTIFICATE, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.not-attended");
        var attended = plan.attended("LEAN-1", WANG, DUE, SPECIALIST);
        assertThatThrownBy(() -> attended.completed("LEAN-1", WANG, DUE.minusDays(1), CERTIFICATE, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.completed-before-attended");
    }

    @Test
    void attendance_and_completion_are_recorded_once() {
        var attended = withCourse().attended("LEAN-1", WANG, DUE, SPECIALIST);
        assertThatThrownBy(() -> attended.attended("LEAN-1", WANG, DUE, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.attended-twice");
        var done = attended.completed("LEAN-1", WANG, DUE, CERTIFICATE, SPECIALIST);
        assertThatThrownBy(() -> done.completed("LEAN-1", WANG, DUE, CERTIFICATE, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.course.completed-twice");
    }

    @Test
    void managers_draw_the_plan_specialists_record_auditors_do_neither() {
        assertThatThrownBy(() -> TrainingPlan.draw(Y2026, SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.manage-only");
        assertThatThrownBy(() -> withCourse().attended("LEAN-1", WANG, DUE, AUDITOR))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.record-only");
    }

    @Test
    void allowed_steps_follow_the_same_guards() {
        var empty = TrainingPlan.draw(Y2026, MANAGER);

        assertThat(empty.allowedSteps(AUDITOR)).isEmpty();
        assertThat(empty.allowedSteps(SPECIALIST)).extracting(Step::kind)
                .containsExactly(TrainingStep.RECORD_ATTENDANCE, TrainingStep.RECORD_COMPLETION);
        assertThat(empty.allowedSteps(SPECIALIST)).noneMatch(Step::isOpen);
        assertThat(empty.allowedSteps(SPECIALIST).getFirst().blockedBy().orElseThrow().messageKey())
                .isEqualTo("rule.team.plan.no-course");
        assertThat(withCourse().allowedSteps(MANAGER)).extracting(Step::kind).containsExactly(
                TrainingStep.ADD_COURSE, TrainingStep.RECORD_ATTENDANCE, TrainingStep.RECORD_COMPLETION);
        assertThat(withCourse().allowedSteps(MANAGER)).allMatch(Step::isOpen);
    }
}
