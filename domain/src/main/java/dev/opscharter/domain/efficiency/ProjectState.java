package dev.opscharter.domain.efficiency;

/** Planned → in progress → accepted (landed) or cancelled. */
public enum ProjectState {
    PLANNED,
    IN_PROGRESS,
    ACCEPTED,
    CANCELLED;

    /** Planned or in progress: its indicators may still change. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
