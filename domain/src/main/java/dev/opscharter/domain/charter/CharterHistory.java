package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.VersionHistory;
import dev.opscharter.domain.shared.VersionHistory.Precedence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the charter. The version in force on a day is the newest version (highest
 * number) already effective on that day. A revision is made from the newest version, so it
 * supersedes every earlier one from its effective date, also one scheduled for a later day.
 */
public record CharterHistory(List<Charter> versions) {

    public CharterHistory {
        versions = history(versions).versions();
    }

    private static VersionHistory<Charter> history(List<Charter> versions) {
        return VersionHistory.of(versions, Precedence.NEWEST_NUMBER);
    }

    public VersionHistory<Charter> history() {
        return history(versions);
    }

    public Optional<Charter> inForceOn(LocalDate day) {
        return history().inForceOn(day);
    }

    public Optional<Charter> latest() {
        return history().latest();
    }

    public Optional<Charter> number(int number) {
        return history().number(number);
    }
}
