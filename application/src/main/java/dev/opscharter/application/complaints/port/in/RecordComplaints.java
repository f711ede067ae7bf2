package dev.opscharter.application.complaints.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaintId;

import java.time.LocalDate;

/** Recording complaints ({@code ComplaintsPermission.RECORD}: managers, directors and specialists). */
public interface RecordComplaints {

    /** Enters (or corrects) a day's counts. */
    void enterDay(ComplaintCount count);

    /**
     * Records a major complaint with its reason and opens an incident of type {@code MAJOR_COMPLAINT} for it; once
     * per request: the same {@code request} again answers the first id and opens nothing more.
     */
    MajorComplaintId recordMajor(RequestKey request, MajorComplaintDraft complaint);

    record MajorComplaintDraft(LocalDate day, String title, String reason) {
    }
}
