package dev.opscharter.application.targets.port.out;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.targets.WeeklyReport;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Writes the weekly operations data report as a file (a PDF with its chart, or an Excel workbook), in
 * Chinese and English side by side. Everything it says comes in {@link ReportDocument}; the renderer lays
 * it out and puts it in words.
 */
public interface WeeklyReportRenderer {

    byte[] render(ReportDocument document, DocumentFormat format);

    /** @param zone the organization's time zone: {@code writtenAt} is shown in it */
    record ReportDocument(String organizationName, ZoneId zone, WeeklyReport report, Instant writtenAt) {

        public ReportDocument {
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(writtenAt, "writtenAt");
        }
    }
}
