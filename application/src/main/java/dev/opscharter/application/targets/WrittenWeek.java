package dev.opscharter.application.targets;

import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.targets.IsoWeek;

import java.time.Instant;
import java.util.Objects;

/**
 * What a written week says at a glance.
 *
 * @param lines     the unit × metric lines reported
 * @param deviating lines with a deviation flagged
 * @param offPace   lines whose quarter's or year's target will be missed at this pace
 * @param keyUnmet  lines of a key indicator not attained so far
 */
public record WrittenWeek(IsoWeek week, Instant writtenAt, String writtenBy, int lines, int deviating, int offPace,
                          int keyUnmet) {

    public WrittenWeek {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(writtenAt, "writtenAt");
        writtenBy = Require.text(writtenBy, "writtenBy", 80);
    }
}
