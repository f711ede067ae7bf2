package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CheckId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The inspection report (检查报告) of a compliance check, SPEC §4: a PDF and an Excel workbook, both
 * bilingual. While the check is open the report is a draft, written on demand from the current
 * results; when the manager closes the check both files are written once and kept with it, and from
 * then on every download serves exactly the kept bytes. The operations team, the director and
 * internal audit read reports; nobody edits them.
 */
public interface InspectionReports {

    /**
     * The report of the check in the format: the kept file of a closed check (kept now if the check
     * was closed before reports were kept), a draft of an open one; empty when there is no such check
     * or it has no completed run yet.
     */
    Optional<ReportFile> download(CheckId check, DocumentFormat format);

    /**
     * A report file as it is handed out.
     *
     * @param sha256      of the content, lower-case hex: the same for every download of a kept report
     * @param generatedAt when the file was written
     * @param draft       the check is still open: the file reflects its results at {@code generatedAt}
     */
    record ReportFile(DocumentFormat format, String fileName, byte[] content, String sha256, Instant generatedAt,
                      boolean draft) {

        public ReportFile {
            Objects.requireNonNull(format);
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(content);
            Objects.requireNonNull(sha256);
            Objects.requireNonNull(generatedAt);
        }

        public String contentType() {
            return format.contentType();
        }
    }
}
