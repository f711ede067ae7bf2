package dev.opscharter.domain.survey;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A shown group's satisfaction: the percentage by the campaign's method and how many people it
 * rests on (at least the campaign's minimum, or the group would be hidden).
 */
public record Figure(int respondents, BigDecimal percent) {

    public Figure {
        Objects.requireNonNull(percent, "percent");
        if (respondents < 1) {
            throw new IllegalArgumentException("a figure rests on at least one respondent");
        }
    }

    /** The standard (85 % for collaboration satisfaction) is met when the figure reaches it. */
    public boolean meets(BigDecimal standard) {
        return percent.compareTo(standard) >= 0;
    }
}
