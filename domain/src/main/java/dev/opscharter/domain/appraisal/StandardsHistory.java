package dev.opscharter.domain.appraisal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the standards. For a year, the version in force is the one with the latest
 * {@code fromYear} not after it; of two from the same year, the later one.
 */
public record StandardsHistory(List<AppraisalStandards> versions) {

    private static final Comparator<AppraisalStandards> PRECEDENCE =
            Comparator.comparingInt(AppraisalStandards::fromYear).thenComparingInt(AppraisalStandards::number);

    public StandardsHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(AppraisalStandards::number)).toList();
    }

    public Optional<AppraisalStandards> inForceFor(int year) {
        return versions.stream().filter(v -> v.fromYear() <= year).max(PRECEDENCE);
    }

    public Optional<AppraisalStandards> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }
}
