package dev.opscharter.domain.collaboration;

/** Where a project or launch stands. */
public enum ProjectStatus {
    ACTIVE,
    COMPLETED,
    CANCELLED;

    public boolean isFinished() {
        return this != ACTIVE;
    }
}
