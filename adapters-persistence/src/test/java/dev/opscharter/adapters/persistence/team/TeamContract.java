package dev.opscharter.adapters.persistence.team;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the team's stores do, the in-memory fakes as much as PostgreSQL. The database is shared by the tests: each
 * test's plans are of years without a plan yet, and its appraisal results are of people of its own.
 */
abstract class TeamContract {

    protected abstract TrainingPlans plans();

    protected abstract AppraisalResults results();

    /** A person of the organization who exists. */
    protected abstract PersonId person();

    /** An attachment that exists, for evidence kept as a file. */
    protected abstract UUID attachment();

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    /** Whole seconds, so an instant reads back as it was written. */
    static final Instant AT = Instant.parse("2026-05-14T02:00:00Z");

    /** A year without a plan, from a random start: plans are one a year, and the database is shared. */
    protected int freeYear() {
        int start = ThreadLocalRandom.current().nextInt(1990, 2101);
        for (int i = 0; i <= 2100 - 1990; i++) {
            int year = 1990 + (start - 1990 + i) % (2100 - 1990 + 1);
            if (plans().ofYear(year).isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("every year has a training plan");
    }

    // ---- training plans

    @Test
    void a_plan_grows_course_by_course_and_record_by_record_and_reads_back_whole() {
        int year = freeYear();
        var wang = person();
        var li = person();
        var zhao = person();
        var file = attachment();
        var drawn = TrainingPlan.draw(new Period.Year(year), MANAGER);

        var saved = plans().save(drawn);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(plans().byId(drawn.id())).contains(saved);

        var lean = LocalDate.of(year, 3, 31);
        var safety = LocalDate.of(year, 6, 30);
        var withCourses = plans().save(saved
                .addCourse(Course.of("LEAN-1", "精益基础", lean, List.of(wang, li, zhao)), MANAGER)
                .addCourse(Course.of("SAFE-1", "Safety", safety, List.of(zhao)), MANAGER));
        var recorded = plans().save(withCourses
                .attended("LEAN-1", li, lean.minusDays(5), SPECIALIST)
                .attended("LEAN-1", wang, lean.minusDays(3), SPECIALIST)
                .completed("LEAN-1", li, lean, new TrainingEvidence.Note("考试 92 分"), SPECIALIST)
                .attended("SAFE-1", zhao, safety, MANAGER));
        var completed = plans().save(recorded
                .completed("LEAN-1", wang, lean.plusDays(4), new TrainingEvidence.Attachment(file), MANAGER));

        assertThat(completed.version()).isEqualTo(4);
        var read = plans().byId(drawn.id()).orElseThrow();
        assertThat(read).isEqualTo(completed);
        assertThat(plans().ofYear(year)).contains(completed);
        assertThat(read.courses()).extracting(Course::code).containsExactly("LEAN-1", "SAFE-1");
        var leanCourse = read.course("LEAN-1").orElseThrow();
        assertThat(leanCourse.attendees()).containsExactly(wang, li, zhao);
        assertThat(leanCourse.completedOnTime()).containsExactly(li);
        assertThat(leanCourse.attendanceOf(wang).orElseThrow().completion().orElseThrow().evidence())
                .isEqualTo(new TrainingEvidence.Attachment(file));
        assertThat(leanCourse.attendanceOf(zhao)).isEmpty();
        assertThat(read.course("SAFE-1").orElseThrow().attendanceOf(zhao).orElseThrow().completion()).isEmpty();
    }

    @Test
    void a_plan_changes_at_its_version_only_and_a_refused_save_adds_nothing() {
        var wang = person();
        var saved = plans().save(TrainingPlan.draw(new Period.Year(freeYear()), MANAGER));
        var due = saved.year().firstDay().plusDays(40);
        var current = plans().save(saved.addCourse(Course.of("C-1", "One", due, List.of(wang)), MANAGER));

        assertThatThrownBy(() -> plans().save(saved.addCourse(Course.of("C-2", "Two", due, List.of(wang)),
                MANAGER))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> plans().save(current.withVersion(0))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> plans().save(TrainingPlan.draw(new Period.Year(freeYear()), MANAGER)
                .withVersion(3))).isInstanceOf(ConcurrentModification.class);

        assertThat(plans().byId(saved.id())).contains(current);
    }

    @Test
    void a_second_plan_of_a_year_is_refused() {
        var year = new Period.Year(freeYear());
        var first = plans().save(TrainingPlan.draw(year, MANAGER));

        assertThatThrownBy(() -> plans().save(TrainingPlan.draw(year, MANAGER)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("rule.team.plan.twice"));
        assertThat(plans().ofYear(year.year())).contains(first);
    }

    @Test
    void the_plans_of_years_include_both_ends_oldest_first() {
        int year = freeYear();
        var asked = new java.util.ArrayList<TrainingPlan>();
        for (int y = year; y <= Math.min(year + 2, 2100); y++) {
            if (plans().ofYear(y).isEmpty()) {
                asked.add(plans().save(TrainingPlan.draw(new Period.Year(y), MANAGER)));
            }
        }
        int last = asked.getLast().year().year();

        var read = plans().ofYears(year, last);
        assertThat(read).containsAll(asked).isSortedAccordingTo(Comparator.comparing(p -> p.year().year()))
                .allSatisfy(p -> assertThat(p.year().year()).isBetween(year, last));
        assertThat(plans().ofYears(year, year)).containsExactly(asked.getFirst());
        assertThat(plans().ofYears(last + 1, last)).isEmpty();
        assertThat(plans().ofYear(year)).contains(asked.getFirst());
    }

    // ---- appraisal results

    private AppraisalResult recorded(PersonId person, Period.Quarter quarter, int score, int passMark) {
        return AppraisalResult.record(person, quarter, score, passMark, person(), MANAGER, AT);
    }

    @Test
    void a_result_is_corrected_at_its_version_and_keeps_its_person_quarter_and_pass_mark() {
        var wang = person();
        var quarter = new Period.Quarter(2026, 1);
        var saved = results().save(recorded(wang, quarter, 58, 65));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(results().byId(saved.id())).contains(saved);
        assertThat(results().of(wang, quarter)).contains(saved);

        var reviewer = person();
        var corrected = results().save(saved.correct(85, reviewer, SPECIALIST, AT.plusSeconds(60)));

        assertThat(corrected.version()).isEqualTo(2);
        var read = results().byId(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(corrected);
        assertThat(read.score()).isEqualTo(85);
        assertThat(read.reviewer()).isEqualTo(reviewer);
        assertThat(read.passMark()).isEqualTo(65);
        assertThat(read.recordedBy()).isEqualTo("specialist");
        assertThat(read.passed()).isTrue();
        assertThatThrownBy(() -> results().save(saved.correct(10, reviewer, MANAGER, AT)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> results().save(saved.withVersion(0))).isInstanceOf(ConcurrentModification.class);
        assertThat(results().byId(saved.id())).contains(corrected);
    }

    @Test
    void a_second_result_of_a_person_and_quarter_is_refused() {
        var wang = person();
        var quarter = new Period.Quarter(2025, 4);
        var first = results().save(recorded(wang, quarter, 70, 60));

        assertThatThrownBy(() -> results().save(recorded(wang, quarter, 90, 60)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("rule.team.appraisal.twice"));
        var next = results().save(recorded(wang, new Period.Quarter(2026, 1), 90, 60));
        assertThat(results().of(wang, quarter)).contains(first);
        assertThat(results().of(wang, new Period.Quarter(2026, 1))).contains(next);
        assertThat(results().of(person(), quarter)).isEmpty();
    }

    @Test
    void results_between_two_quarters_include_both() {
        var wang = person();
        var li = person();
        var before = results().save(recorded(wang, new Period.Quarter(2024, 4), 70, 60));
        var first = results().save(recorded(wang, new Period.Quarter(2025, 1), 70, 60));
        var last = results().save(recorded(li, new Period.Quarter(2025, 2), 50, 60));
        var after = results().save(recorded(li, new Period.Quarter(2025, 3), 70, 60));

        var between = results().between(new Period.Quarter(2025, 1), new Period.Quarter(2025, 2));

        assertThat(between).contains(first, last).doesNotContain(before, after)
                .allSatisfy(r -> assertThat(r.quarter().year()).isEqualTo(2025));
        assertThat(results().between(new Period.Quarter(2024, 4), new Period.Quarter(2024, 4)))
                .contains(before).doesNotContain(first, last, after);
    }
}
