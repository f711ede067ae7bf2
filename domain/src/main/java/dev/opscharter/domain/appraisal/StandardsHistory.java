package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.VersionHistory;
import dev.opscharter.domain.shared.VersionHistory.Precedence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the standards. For a year, the version in force is the one with the latest
 * {@code fromYear} not after it; of two from the same year, the later one.
 */
public record StandardsHistory(List<AppraisalStandards> versions) {

    public StandardsHistory {
        versions = history(versions).versions();
    }

    private static VersionHistory<AppraisalStandards> history(List<AppraisalStandards> versions) {
        return VersionHistory.of(versions, Precedence.LATEST_START);
    }

    public VersionHistory<AppraisalStandards> history() {
        return history(versions);
    }

    public Optional<AppraisalStandards> inForceFor(int year) {
        return history().inForceOn(LocalDate.of(year, 1, 1));
    }

    public Optional<AppraisalStandards> latest() {
        return history().latest();
    }
}
