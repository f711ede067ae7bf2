package dev.opscharter.domain.charter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the charter. The version in force on a day is the newest version (highest
 * number) already effective on that day. A revision is made from the newest version, so it
 * supersedes every earlier one from its effective date, also one scheduled for a later day.
 */
public record CharterHistory(List<Charter> versions) {

    public CharterHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(Charter::number)).toList();
    }

    public Optional<Charter> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day)).max(Comparator.comparingInt(Charter::number));
    }

    public Optional<Charter> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<Charter> number(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
