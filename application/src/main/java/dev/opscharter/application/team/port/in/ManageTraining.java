package dev.opscharter.application.team.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlanId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Draw up the year's training plan ({@code TeamPermission.MANAGE}); record attendance and completion, with a note or
 * a file as evidence (RECORD). */
public interface ManageTraining {

    /** The plan of {@code year}, drawn at most once per request; a second plan of a year is refused. */
    TrainingPlanId drawPlan(RequestKey request, int year);

    void addCourse(TrainingPlanId plan, NewCourse course, long version);

    void recordAttendance(TrainingPlanId plan, String courseCode, PersonId person, LocalDate on, long version);

    void recordCompletion(TrainingPlanId plan, String courseCode, PersonId person, LocalDate on,
                          TrainingEvidence evidence, long version);

    /**
     * A completion whose evidence is a file (a certificate, a test result): the file is checked as every attachment
     * is ({@code AttachmentFile}: not empty, not over the bound), kept once the plan accepts the completion, and
     * recorded as {@link TrainingEvidence.Attachment}; returns the attachment's id.
     */
    UUID recordCompletion(TrainingPlanId plan, String courseCode, PersonId person, LocalDate on, String fileName,
                          byte[] content, long version);

    record NewCourse(String code, String title, LocalDate due, List<PersonId> attendees) {
        public NewCourse {
            attendees = List.copyOf(attendees);
        }
    }
}
