package dev.opscharter.application.complaints.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.HandlingCase;
import dev.opscharter.domain.complaints.MajorComplaintId;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Recording complaints ({@code ComplaintsPermission.RECORD}: managers, directors and specialists). */
public interface RecordComplaints {

    /** Enters (or corrects) a day's counts. */
    void enterDay(ComplaintCount count);

    /**
     * Records a major complaint with its reason and opens an incident of type {@code MAJOR_COMPLAINT} for it; once
     * per request: the same {@code request} again answers the first id and opens nothing more. A handling case
     * named must be in the execution records, else {@code InvalidValue} on {@code handlingCase}.
     */
    MajorComplaintId recordMajor(RequestKey request, MajorComplaintDraft complaint);

    /**
     * Imports day counts from a CSV or Excel file: columns {@code day,total,major} by name in any order, by the
     * rules every import keeps ({@code ImportColumns}). All or nothing: a row that cannot be read, or a day given
     * twice, refuses the whole file, naming the row; a day already stored is corrected to the file's counts.
     */
    ImportSummary importDays(Path file, String fileName);

    /** How many day rows the file held, and how many days were added, corrected or already so. */
    record ImportSummary(String fileName, int received, int added, int corrected, int unchanged) {
    }

    record MajorComplaintDraft(LocalDate day, String title, String reason, Optional<HandlingCase> handlingCase) {

        public MajorComplaintDraft(LocalDate day, String title, String reason) {
            this(day, title, reason, Optional.empty());
        }
    }
}
