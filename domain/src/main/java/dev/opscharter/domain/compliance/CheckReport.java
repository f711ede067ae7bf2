package dev.opscharter.domain.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of a compliance check's run.
 *
 * @param overall    over the cases of every process judged
 * @param byType     over every process, in the order of the rules
 * @param worstCases most deviations first, then the longest
 */
public record CheckReport(CheckEntry check, RunInfo run, Rate overall, List<ProcessResult> processes,
                          List<TypeTally> byType, List<CaseSummary> worstCases, List<UnknownProcess> unknownProcesses) {

    public CheckReport {
        processes = List.copyOf(processes);
        byType = List.copyOf(byType);
        worstCases = List.copyOf(worstCases);
        unknownProcesses = List.copyOf(unknownProcesses);
    }

    /** The report with its overall figures summed from the processes. */
    public static CheckReport of(CheckEntry check, RunInfo run, List<ProcessResult> processes,
                                 List<CaseSummary> worstCases, List<UnknownProcess> unknownProcesses) {
        var overall = Rate.NONE;
        var deviations = new long[DeviationType.values().length];
        var cases = new long[DeviationType.values().length];
        for (var process : processes) {
            overall = overall.plus(process.rate());
            for (var tally : process.byType()) {
                deviations[tally.type().ordinal()] += tally.deviations();
                cases[tally.type().ordinal()] += tally.cases();
            }
        }
        var byType = new ArrayList<TypeTally>();
        for (var type : DeviationType.values()) {
            if (deviations[type.ordinal()] > 0) {
                byType.add(new TypeTally(type, deviations[type.ordinal()], cases[type.ordinal()]));
            }
        }
        return new CheckReport(check, run, overall, processes, byType, worstCases, unknownProcesses);
    }

    public CheckReport withProcesses(List<ProcessResult> named) {
        return new CheckReport(check, run, overall, named, byType, worstCases, unknownProcesses);
    }
}
