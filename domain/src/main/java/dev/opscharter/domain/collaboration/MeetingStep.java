package dev.opscharter.domain.collaboration;

/** What can be done next to a meeting. */
public enum MeetingStep {
    /** Add a point to the agenda before the meeting. */
    EDIT_AGENDA,
    /** Record the minutes and decisions. */
    RECORD_MINUTES,
    /** Add an action item, which becomes a charter work item. */
    ADD_ACTION_ITEM,
    /** Make the minutes final. */
    CLOSE
}
