package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recurring collaboration meetings: managers and the director set up the series
 * ({@code CollaborationPermission.MANAGE}), the schedule creates each meeting, the operations team takes the minutes
 * ({@code CollaborationPermission.TAKE_MINUTES}). Every change names the version the user saw.
 */
public interface ManageMeetings {

    /** Sets up a series once per request. */
    MeetingSeriesId setUp(RequestKey request, NewSeries series);

    void reschedule(MeetingSeriesId series, Recurrence recurrence, long version);

    void end(MeetingSeriesId series, long version);

    /**
     * What the schedule runs: when the series has no meeting ahead, creates the next one in the organization's time
     * zone, with the last meeting's open items carried into its agenda. Running it again creates nothing more.
     *
     * @return the meeting ahead, created now or before; none for an ended series
     */
    Optional<MeetingId> scheduleNext(MeetingSeriesId series);

    void addToAgenda(MeetingId meeting, String point, long version);

    void recordMinutes(MeetingId meeting, String minutes, List<String> decisions, long version);

    /**
     * Adds an action item and registers it as a charter work item, once per request: the charter routes it (an item
     * that belongs to another department goes to that department's lead, citing the charter line).
     */
    WorkItemId addActionItem(RequestKey request, MeetingId meeting, NewActionItem item, long version);

    void close(MeetingId meeting, long version);

    record NewSeries(String title, String topic, Set<DepartmentCode> departments, Recurrence recurrence) {
    }
}
