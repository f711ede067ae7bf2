package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BilingualName;

import java.util.List;
import java.util.Optional;

/**
 * One process of a compliance check.
 *
 * @param name           from the manual, as it is now
 * @param rate           over the cases judged
 * @param withoutVersion cases whose first event came before any version of the process was in
 *                       force: reported, not judged
 */
public record ProcessResult(String processCode, Optional<BilingualName> name, Rate rate, long events,
                            long withoutVersion, List<TypeTally> byType, List<StepTally> byStep) {

    public ProcessResult {
        byType = List.copyOf(byType);
        byStep = List.copyOf(byStep);
    }

    public ProcessResult named(Optional<BilingualName> newName) {
        return new ProcessResult(processCode, newName, rate, events, withoutVersion, byType, byStep);
    }
}
