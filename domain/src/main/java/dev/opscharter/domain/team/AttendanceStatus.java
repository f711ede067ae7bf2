package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;

import java.time.LocalDate;

/**
 * Where a required attendee stands with a course on a day, judged as {@link TrainingCompletion} counts it: a course
 * is missed only once its due day is over, and only a completion on or before the due date is on time.
 */
public enum AttendanceStatus {
    /** Not completed yet, and the due day is not over: there is still time. */
    DUE,
    COMPLETED_ON_TIME,
    /** Completed after the due date: done, but it keeps the completion below 100 %. */
    LATE,
    /** Not completed, and the due day is over. */
    MISSING;

    public static AttendanceStatus of(Course course, PersonId attendee, LocalDate asOf) {
        var completion = course.attendanceOf(attendee).flatMap(Attendance::completion);
        if (completion.isPresent()) {
            return completion.get().on().isAfter(course.due()) ? LATE : COMPLETED_ON_TIME;
        }
        return course.due().isBefore(asOf) ? MISSING : DUE;
    }
}
