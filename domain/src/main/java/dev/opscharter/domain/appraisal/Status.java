package dev.opscharter.domain.appraisal;

import java.util.Collection;

/** The verdict on a part, an indicator or a scorecard. "No data" is never a pass. */
public enum Status {
    PASS,
    FAIL,
    NO_DATA,
    /** The period has not ended: what is not met yet may still be, so nothing is "not met" before its end. */
    IN_PROGRESS;

    /** All pass → pass; any fail → fail; any still running → in progress; otherwise something is missing → no data. */
    public static Status ofAll(Collection<Status> statuses) {
        if (statuses.contains(FAIL)) {
            return FAIL;
        }
        if (statuses.contains(IN_PROGRESS)) {
            return IN_PROGRESS;
        }
        if (statuses.isEmpty() || statuses.contains(NO_DATA)) {
            return NO_DATA;
        }
        return PASS;
    }
}
