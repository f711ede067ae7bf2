package dev.opscharter.application.collaboration.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeriesId;

import java.util.List;
import java.util.Optional;

/** The meetings held or scheduled, each with its agenda, minutes and action items. */
public interface Meetings extends RecordStore<MeetingId, Meeting> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    Meeting save(Meeting meeting);

    /** The series' meeting scheduled last, the one whose open items the next carries. */
    Optional<Meeting> latestOf(MeetingSeriesId series);

    /** Newest first. */
    List<Meeting> page(PageRequest page);

    long count();
}
