package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;

import java.util.List;
import java.util.Optional;

/**
 * The appraisal of one period: every indicator's status, the parts that failed by name, whether a
 * veto part (一票否决: a key indicator unmet, a major accident) failed, and the standards version
 * it was judged by.
 */
public record Scorecard(Period period, int standardsVersion, List<IndicatorResult> indicators, Status status) {

    public Scorecard {
        indicators = List.copyOf(indicators);
    }

    public List<Part> failedParts() {
        return indicators.stream().flatMap(i -> i.failedParts().stream()).toList();
    }

    /**
     * The parts the verdict rests on that have no figure (NO_DATA): an annual part shown in a
     * quarter as progress is not one of them.
     */
    public List<Part> partsWithoutData() {
        return indicators.stream().flatMap(i -> i.parts().stream())
                .filter(p -> p.counts() && p.status() == Status.NO_DATA).map(PartResult::part).toList();
    }

    public boolean vetoed() {
        return failedParts().stream().anyMatch(Part::veto);
    }

    public IndicatorResult indicator(Indicator indicator) {
        return indicators.stream().filter(i -> i.indicator() == indicator).findFirst().orElseThrow();
    }

    public Optional<PartResult> part(Part part) {
        return indicator(part.indicator()).parts().stream().filter(p -> p.part() == part).findFirst();
    }
}
