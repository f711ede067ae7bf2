package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a measured indicator's values come from: the execution records of its project's process, the cases
 * that started in the {@code days} before {@code landedOn} (baseline) against those of the {@code days} from it
 * on (after). Kept with the values, so the screen can say so.
 */
public record Measured(CaseFigure figure, LocalDate landedOn, int days, long casesBefore, long casesAfter) {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 366;

    public Measured {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(landedOn, "landedOn");
        requireDays(days);
        if (casesBefore < 1 || casesAfter < 1) {
            throw new IllegalArgumentException("a measured value rests on cases");
        }
    }

    /** The window length a user may choose: 1 to a year and a day. */
    public static int requireDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValue("days", "validation.efficiency.days", MAX_DAYS);
        }
        return days;
    }
}
