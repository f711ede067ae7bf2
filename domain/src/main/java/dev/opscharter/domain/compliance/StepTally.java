package dev.opscharter.domain.compliance;

/**
 * Deviations of one type at one step.
 *
 * @param stepCode empty for the case as a whole (an unfinished case that is late)
 */
public record StepTally(String stepCode, DeviationType type, long deviations) {
}
