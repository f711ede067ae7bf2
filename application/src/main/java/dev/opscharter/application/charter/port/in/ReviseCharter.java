package dev.opscharter.application.charter.port.in;

import dev.opscharter.domain.charter.DutyDimension;

import java.time.LocalDate;
import java.util.List;

/** The manager's edit of the charter, kept as a new version. */
public interface ReviseCharter {

    /**
     * @param basedOn the version number the edit started from; a newer one means someone else
     *                revised the charter meanwhile
     * @return the new version's number
     */
    int revise(List<DutyDimension> dimensions, LocalDate effectiveFrom, String note, int basedOn);
}
