package dev.opscharter.domain.compliance;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * One deviation of a case, with what it takes to explain it in words: the step, the step it is
 * measured against (the one it should have followed, the earlier step a limit runs from), the
 * role that acted, the time taken against the limit, and when it happened.
 *
 * @param step      the step concerned (for {@code CASE_LATE} the last step, or null for an unfinished case)
 * @param reference the other step of the rule: for OUT_OF_ORDER the step defined before it that came
 *                  later; for STEP_LATE the step the limit runs from (null: the case's first event);
 *                  for STEP_SKIPPED the later step that is present
 * @param role      for WRONG_ROLE, the role that acted
 * @param taken     for STEP_LATE and CASE_LATE, the time taken (in the version's basis)
 * @param limit     for STEP_LATE and CASE_LATE, the limit
 * @param at        when the occurrence concerned happened (null for a skipped step)
 */
public record Deviation(DeviationType type, @Nullable String step, @Nullable String reference,
                        @Nullable String role, @Nullable Duration taken, @Nullable Duration limit,
                        @Nullable Instant at) {

    static Deviation skipped(String step, String laterStep) {
        return new Deviation(DeviationType.STEP_SKIPPED, step, laterStep, null, null, null, null);
    }

    static Deviation outOfOrder(String step, String definedBefore, Instant at) {
        return new Deviation(DeviationType.OUT_OF_ORDER, step, definedBefore, null, null, null, at);
    }

    static Deviation wrongRole(String step, String role, Instant at) {
        return new Deviation(DeviationType.WRONG_ROLE, step, null, role, null, null, at);
    }

    static Deviation stepLate(String step, @Nullable String from, Duration taken, Duration limit, Instant at) {
        return new Deviation(DeviationType.STEP_LATE, step, from, null, taken, limit, at);
    }

    static Deviation caseLate(@Nullable String lastStep, Duration taken, Duration limit, @Nullable Instant at) {
        return new Deviation(DeviationType.CASE_LATE, lastStep, null, null, taken, limit, at);
    }

    static Deviation unknownStep(String step, Instant at) {
        return new Deviation(DeviationType.UNKNOWN_STEP, step, null, null, null, null, at);
    }
}
