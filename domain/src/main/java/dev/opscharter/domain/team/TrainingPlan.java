package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's training plan of a year (培训计划): its courses, each due within the year, with who must attend and
 * their records. Managers draw the plan up; whoever records (specialists included) enters attendance and
 * completion, in that order, each once.
 */
public record TrainingPlan(TrainingPlanId id, Period.Year year, List<Course> courses, long version) {

    public TrainingPlan {
        Objects.requireNonNull(id, "id");
        Require.present(year, "year");
        courses = List.copyOf(courses);
        var codes = new HashSet<String>();
        for (var course : courses) {
            if (!year.contains(course.due())) {
                throw new IllegalArgumentException(course.code() + " is not due in " + year);
            }
            if (!codes.add(course.code())) {
                throw new IllegalArgumentException(course.code() + " twice in the plan of " + year);
            }
        }
    }

    /** A new, empty plan for {@code year}. */
    public static TrainingPlan draw(Period.Year year, Actor by) {
        Refusal.enforce(may(by, TeamPermission.MANAGE));
        return new TrainingPlan(TrainingPlanId.random(), year, List.of(), 0);
    }

    /** As stored: the store counts the versions. */
    public TrainingPlan withVersion(long next) {
        return new TrainingPlan(id, year, courses, next);
    }

    public Optional<Course> course(String code) {
        return courses.stream().filter(c -> c.code().equals(code.strip())).findFirst();
    }

    /** Adding a course for managers; recording for those who record, once there is a course to record on. */
    public List<Step<TrainingStep>> allowedSteps(Actor by) {
        var steps = new ArrayList<Step<TrainingStep>>();
        if (by.may(TeamPermission.MANAGE)) {
            steps.add(Step.open(TrainingStep.ADD_COURSE));
        }
        if (by.may(TeamPermission.RECORD)) {
            var noCourse = courses.isEmpty() ? Refusal.because("rule.team.plan.no-course", year.key())
                    : Optional.<Refusal>empty();
            steps.add(Step.of(TrainingStep.RECORD_ATTENDANCE, noCourse));
            steps.add(Step.of(TrainingStep.RECORD_COMPLETION, noCourse));
        }
        return List.copyOf(steps);
    }

    /** Adds a course due within the plan's year, under a code not used in the plan yet. */
    public TrainingPlan addCourse(Course course, Actor by) {
        Refusal.enforce(may(by, TeamPermission.MANAGE));
        if (!year.contains(course.due())) {
            throw Refusal.of("rule.team.course.outside-year", course.code(), year.key()).violation();
        }
        if (course(course.code()).isPresent()) {
            throw Refusal.of("rule.team.course.code-twice", course.code()).violation();
        }
        var next = new ArrayList<>(courses);
        next.add(course);
        return new TrainingPlan(id, year, next, version);
    }

    /** Records that a required attendee attended the course on {@code on}; once. */
    public TrainingPlan attended(String code, PersonId person, LocalDate on, Actor by) {
        var course = recordable(code, person, by);
        if (course.attendanceOf(person).isPresent()) {
            throw Refusal.of("rule.team.course.attended-twice", course.code()).violation();
        }
        return replaced(course.withAttendance(person, new Attendance(on, by.name(), Optional.empty())));
    }

    /** Records that an attendee who attended completed the course on {@code on}, with its evidence; once. */
    public TrainingPlan completed(String code, PersonId person, LocalDate on, TrainingEvidence evidence, Actor by) {
        var course = recordable(code, person, by);
        var attendance = course.attendanceOf(person)
                .orElseThrow(() -> Refusal.of("rule.team.course.not-attended", course.code()).violation());
        if (attendance.completion().isPresent()) {
            throw Refusal.of("rule.team.course.completed-twice", course.code()).violation();
        }
        if (on.isBefore(attendance.attendedOn())) {
            throw Refusal.of("rule.team.course.completed-before-attended", course.code(), attendance.attendedOn())
                    .violation();
        }
        var done = new Attendance(attendance.attendedOn(), attendance.recordedBy(),
                Optional.of(new Attendance.Completion(on, evidence, by.name())));
        return replaced(course.withAttendance(person, done));
    }

    private Course recordable(String code, PersonId person, Actor by) {
        Refusal.enforce(may(by, TeamPermission.RECORD));
        var course = course(code).orElseThrow(() -> Refusal.of("rule.team.course.unknown", code, year.key())
                .violation());
        Refusal.enforce(course.requires(person));
        return course;
    }

    private TrainingPlan replaced(Course course) {
        return new TrainingPlan(id, year,
                courses.stream().map(c -> c.code().equals(course.code()) ? course : c).toList(), version);
    }

    static Optional<Refusal> may(Actor by, TeamPermission permission) {
        if (by.may(permission)) {
            return Optional.empty();
        }
        return switch (permission) {
            case READ -> Refusal.because("rule.team.read-only");
            case MANAGE -> Refusal.because("rule.team.manage-only");
            case RECORD -> Refusal.because("rule.team.record-only");
        };
    }
}
