package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingStep;

import java.util.List;

/** Meetings and their series as everyone who reads collaboration sees them ({@code CollaborationPermission.READ}). */
public interface MeetingQueries {

    List<MeetingSeries> series();

    List<Meeting> meetings(PageRequest page);

    long countMeetings();

    WithSteps<Meeting, MeetingStep> meeting(MeetingId id);

    /** The meeting's items, its own and those carried into it, whose work items are not finished. */
    List<ActionItem> openItems(MeetingId id);
}
