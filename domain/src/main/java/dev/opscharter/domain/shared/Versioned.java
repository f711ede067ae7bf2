package dev.opscharter.domain.shared;

import java.time.LocalDate;

/** One version of a record that is never changed, only followed by a newer one from a day on. */
public interface Versioned {

    /** Numbered from 1 in the order the versions were made. */
    int number();

    /** The first day this version may be in force. */
    LocalDate effectiveFrom();
}
