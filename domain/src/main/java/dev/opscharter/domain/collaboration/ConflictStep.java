package dev.opscharter.domain.collaboration;

/** What can be done next to a conflict. */
public enum ConflictStep {
    /** Record the resolution the parties agreed, written for this conflict. */
    RESOLVE,
    /** Resolve it by a standing resolution plan. */
    APPLY_PLAN,
    /** Add a follow-up item, which becomes a charter work item. */
    ADD_FOLLOW_UP
}
