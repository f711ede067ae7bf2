package dev.opscharter.domain.complaints;

import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.util.Objects;

/** The complaints received on one day, and how many of them were major. */
public record ComplaintCount(LocalDate day, long total, long major) {

    public ComplaintCount {
        Objects.requireNonNull(day, "day");
        if (total < 0) {
            throw new InvalidValue("total", "validation.value.at-least", 0);
        }
        if (major < 0) {
            throw new InvalidValue("major", "validation.value.at-least", 0);
        }
        if (major > total) {
            throw new InvalidValue("major", "validation.complaints.major-above-total");
        }
    }
}
