package dev.opscharter.domain.complaints;

import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A major complaint (重大投诉), recorded one by one with why it is major; it opened an incident of type
 * {@code MAJOR_COMPLAINT}, which is handled in the four steps.
 *
 * @param day          the day the complaint was received
 * @param incident     the incident it opened
 * @param handlingCase the case of the complaint-handling process it was handled in, where that process has
 *                     execution records
 */
public record MajorComplaint(MajorComplaintId id, LocalDate day, String title, String reason, String recordedBy,
                             Instant recordedAt, IncidentId incident, Optional<HandlingCase> handlingCase) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 2000;

    public MajorComplaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        title = Require.text(title, "title", MAX_TITLE);
        reason = Require.text(reason, "reason", MAX_REASON);
        recordedBy = Require.text(recordedBy, "recordedBy", 100);
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(handlingCase, "handlingCase");
    }

    /** A major complaint whose handling is not a process with execution records. */
    public MajorComplaint(MajorComplaintId id, LocalDate day, String title, String reason, String recordedBy,
                          Instant recordedAt, IncidentId incident) {
        this(id, day, title, reason, recordedBy, recordedAt, incident, Optional.empty());
    }
}
