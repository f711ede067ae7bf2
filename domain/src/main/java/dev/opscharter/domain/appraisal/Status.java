package dev.opscharter.domain.appraisal;

import java.util.Collection;

/** The verdict on a part, an indicator or a scorecard. "No data" is never a pass. */
public enum Status {
    PASS,
    FAIL,
    NO_DATA;

    /** All pass → pass; any fail → fail; otherwise something is missing → no data. */
    public static Status ofAll(Collection<Status> statuses) {
        if (statuses.contains(FAIL)) {
            return FAIL;
        }
        if (statuses.isEmpty() || statuses.contains(NO_DATA)) {
            return NO_DATA;
        }
        return PASS;
    }
}
