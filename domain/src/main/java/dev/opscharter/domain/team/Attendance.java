package dev.opscharter.domain.team;

import dev.opscharter.domain.shared.Require;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One required attendee's record of a course: the day they attended and, once done, their completion.
 *
 * @param recordedBy who recorded the attendance
 */
public record Attendance(LocalDate attendedOn, String recordedBy, Optional<Completion> completion) {

    /** The course completed on a day, with its evidence and who recorded it. */
    public record Completion(LocalDate on, TrainingEvidence evidence, String recordedBy) {
        public Completion {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(evidence, "evidence");
            recordedBy = Require.text(recordedBy, "recordedBy", 100);
        }
    }

    public Attendance {
        Objects.requireNonNull(attendedOn, "attendedOn");
        recordedBy = Require.text(recordedBy, "recordedBy", 100);
        Objects.requireNonNull(completion, "completion");
        if (completion.isPresent() && completion.get().on().isBefore(attendedOn)) {
            throw new IllegalArgumentException("completed before attended");
        }
    }

    /** Completed on or before {@code due}: what counts towards the plan's completion. */
    public boolean completedBy(LocalDate due) {
        return completion.map(c -> !c.on().isAfter(due)).orElse(false);
    }
}
