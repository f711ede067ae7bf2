package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course of a training plan: its code, title and due date, who must attend it, and each of them's attendance and
 * completion as recorded.
 *
 * @param attendees  who must attend, in the order they were named; each once
 * @param attendance the attendees whose attendance is recorded
 */
public record Course(String code, String title, LocalDate due, List<PersonId> attendees,
                     Map<PersonId, Attendance> attendance) {

    public static final int MAX_CODE = 40;
    public static final int MAX_TITLE = 200;

    public Course {
        code = Require.text(code, "code", MAX_CODE);
        title = Require.text(title, "title", MAX_TITLE);
        BusinessDate.check(Require.present(due, "due"), "due");
        if (attendees.isEmpty()) {
            throw new InvalidValue("attendees", "validation.required");
        }
        var required = new HashSet<>(attendees);
        if (required.size() != attendees.size()) {
            throw Refusal.of("rule.team.course.attendee-twice", code).violation();
        }
        attendees = List.copyOf(attendees);
        // by the set: a course of hundreds of attendees is read with its attendance for the scorecard
        if (!required.containsAll(attendance.keySet())) {
            throw new IllegalArgumentException("attendance of someone not required to attend " + code);
        }
        attendance = Map.copyOf(attendance);
    }

    /** A new course: nobody has attended yet. */
    public static Course of(String code, String title, LocalDate due, List<PersonId> attendees) {
        return new Course(code, title, due, attendees, Map.of());
    }

    public Optional<Attendance> attendanceOf(PersonId person) {
        return Optional.ofNullable(attendance.get(person));
    }

    /** Refuses someone the course does not require. */
    Optional<Refusal> requires(PersonId person) {
        return attendees.contains(person) ? Optional.empty()
                : Refusal.because("rule.team.course.not-an-attendee", code);
    }

    Course withAttendance(PersonId person, Attendance record) {
        var next = new LinkedHashMap<>(attendance);
        next.put(person, record);
        return new Course(code, title, due, attendees, next);
    }

    /** The attendees who completed the course by its due date. */
    public Set<PersonId> completedOnTime() {
        var done = new HashSet<PersonId>();
        attendance.forEach((person, record) -> {
            if (record.completedBy(due)) {
                done.add(person);
            }
        });
        return Set.copyOf(done);
    }
}
