package dev.opscharter.domain.collaboration;

/** Where a meeting stands. */
public enum MeetingStatus {
    /** Created by the schedule; the agenda can still change. */
    SCHEDULED,
    /** Held: its minutes are recorded; decisions and action items can still be added. */
    HELD,
    /** The minutes are final. */
    CLOSED
}
