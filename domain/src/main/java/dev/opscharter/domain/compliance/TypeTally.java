package dev.opscharter.domain.compliance;

/** Deviations of one type: how many, and in how many cases. */
public record TypeTally(DeviationType type, long deviations, long cases) {
}
