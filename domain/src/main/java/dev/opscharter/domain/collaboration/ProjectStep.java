package dev.opscharter.domain.collaboration;

/** What can be done next to a project or launch. */
public enum ProjectStep {
    /** Set a department's part. */
    ASSIGN_RESPONSIBILITY,
    /** Add a milestone owned by a department that has a part. */
    ADD_MILESTONE,
    /** Mark a milestone done. */
    COMPLETE_MILESTONE,
    /** Finish the project: once every milestone is done. */
    COMPLETE,
    /** Stop the project. */
    CANCEL
}
