package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.ProcessVersion;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the inspection report of a compliance check as a file (a PDF or an Excel workbook), in
 * Chinese and English side by side. Everything the report says comes in {@link InspectionReport};
 * the renderer only lays it out and puts it in words.
 */
public interface InspectionReportRenderer {

    byte[] render(InspectionReport report, DocumentFormat format);

    /**
     * What the report says.
     *
     * @param organizationName  the organization the check is of
     * @param zone              the organization's time zone: times in the report are in it
     * @param results           the check's results, processes named from the manual
     * @param ranBy             the person who ran the current run (the user name when unknown)
     * @param closing           who closed the check and when; empty while it is open: a draft
     * @param generatedAt       when this file is written
     * @param correctiveActions the corrective actions raised from the check's findings
     * @param worstCases        the worst cases with their deviations and the version they were judged against
     * @param deviatingCases    every deviating case of the check, process by process, a page at a time
     */
    record InspectionReport(String organizationName, ZoneId zone, CheckReport results, String ranBy,
                            Optional<Closing> closing, Instant generatedAt, List<RaisedAction> correctiveActions,
                            List<WorstCase> worstCases, DeviatingCases deviatingCases) {

        public InspectionReport {
            Objects.requireNonNull(organizationName);
            Objects.requireNonNull(zone);
            Objects.requireNonNull(results);
            Objects.requireNonNull(ranBy);
            Objects.requireNonNull(closing);
            Objects.requireNonNull(generatedAt);
            correctiveActions = List.copyOf(correctiveActions);
            worstCases = List.copyOf(worstCases);
            Objects.requireNonNull(deviatingCases);
        }

        public boolean draft() {
            return closing.isEmpty();
        }

        /** Cases judged with at least one deviation, over every process. */
        public long deviatingCaseCount() {
            return results.processes().stream().mapToLong(p -> p.rate().evaluated() - p.rate().compliant()).sum();
        }
    }

    /** @param closedBy the person's name (the user name when unknown) */
    record Closing(String closedBy, Instant closedAt) {
    }

    /**
     * A corrective action raised from one of the check's findings.
     *
     * @param owner   the owner's name (the user name when unknown)
     * @param overdue past its due date while still in the owner's hands, on the day the report is written
     */
    record RaisedAction(CorrectiveAction action, String owner, boolean overdue) {
    }

    /** @param version the process version the case was judged against, when the manual still has it */
    record WorstCase(CaseSummary summary, List<Deviation> deviations, Optional<ProcessVersion> version) {

        public WorstCase {
            deviations = List.copyOf(deviations);
        }
    }

    /** The deviating cases of one process of the check, a page at a time, in the order the check met them. */
    @FunctionalInterface
    interface DeviatingCases {

        List<CaseSummary> page(String processCode, int offset, int limit);
    }
}
