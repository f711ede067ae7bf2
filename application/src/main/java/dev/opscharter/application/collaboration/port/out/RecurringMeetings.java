package dev.opscharter.application.collaboration.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingSeriesId;

import java.util.List;

/** The meeting series: which departments meet, on what, and when. */
public interface RecurringMeetings extends RecordStore<MeetingSeriesId, MeetingSeries> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    MeetingSeries save(MeetingSeries series);

    /** Every series, the ended ones too, by title. */
    List<MeetingSeries> all();
}
