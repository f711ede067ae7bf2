package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.VersionHistory;
import dev.opscharter.domain.shared.VersionHistory.Precedence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the standards. For a period, the version in force is the one with the latest
 * start not after the period's first day; of two from the same quarter, the later one. A year is
 * thus judged by the version in force on 1 January, a quarter by the one in force on its first day.
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

    public Optional<AppraisalStandards> inForceFor(Period period) {
        return history().inForceIn(period);
    }

    /** The history with {@code candidate} added, as it would be once saved. */
    public StandardsHistory with(AppraisalStandards candidate) {
        var all = new ArrayList<>(versions);
        all.add(candidate);
        return new StandardsHistory(all);
    }

    public Optional<AppraisalStandards> latest() {
        return history().latest();
    }
}
