package dev.opscharter.domain.survey;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One group's result: its figure, or the reason it is hidden. */
public record GroupResult(ResultGroup group, Disclosed<Figure> figure) {

    public GroupResult {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(figure, "figure");
    }

    public boolean isShown() {
        return figure.isShown();
    }

    public Optional<BigDecimal> percent() {
        return figure.shown().map(Figure::percent);
    }

    public Optional<Integer> respondents() {
        return figure.shown().map(Figure::respondents);
    }

    /** Whether the standard is met; no answer (empty) when the group is hidden. */
    public Optional<Boolean> meets(BigDecimal standard) {
        return figure.shown().map(f -> f.meets(standard));
    }
}
