package dev.opscharter.domain.appraisal;

import java.util.List;

/** An indicator holds when all its parts (those judged in the period) pass. */
public record IndicatorResult(Indicator indicator, List<PartResult> parts, Status status) {

    public IndicatorResult {
        parts = List.copyOf(parts);
    }

    public List<Part> failedParts() {
        return parts.stream().filter(PartResult::failed).map(PartResult::part).toList();
    }
}
