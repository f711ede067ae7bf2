package dev.opscharter.domain.charter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the charter. The version in force on a day is the one with the latest
 * effective date on or before that day; of two versions effective the same day, the later one.
 */
public record CharterHistory(List<Charter> versions) {

    private static final Comparator<Charter> PRECEDENCE =
            Comparator.comparing(Charter::effectiveFrom).thenComparingInt(Charter::number);

    public CharterHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(Charter::number)).toList();
    }

    public Optional<Charter> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day)).max(PRECEDENCE);
    }

    public Optional<Charter> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<Charter> number(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
