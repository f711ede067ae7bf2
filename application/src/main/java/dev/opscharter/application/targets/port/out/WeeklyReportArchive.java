package dev.opscharter.application.targets.port.out;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.domain.targets.IsoWeek;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The written weekly reports: one per week, its PDF and workbook kept unchanged once written. Two writers
 * of the same week at once (the job and a manager, two instances) are both answered: one keeps its files,
 * the other is told the week is written.
 */
public interface WeeklyReportArchive {

    /** Keeps the week's report unless the week has one: then nothing changes and the answer is {@code false}. */
    boolean keep(WrittenReport report);

    Optional<WrittenWeek> written(IsoWeek week);

    /** The latest week written, if any. */
    Optional<WrittenWeek> latest();

    /** The written weeks, newest first; at most {@code PageRequest.MAX_LIMIT} a page. */
    List<WrittenWeek> page(PageRequest page);

    long count();

    /** The kept bytes of the week's file in the format. */
    Optional<byte[]> file(IsoWeek week, DocumentFormat format);

    record WrittenReport(WrittenWeek week, byte[] pdf, byte[] workbook) {

        public WrittenReport {
            Objects.requireNonNull(week, "week");
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(workbook, "workbook");
        }

        public byte[] content(DocumentFormat format) {
            return format == DocumentFormat.PDF ? pdf : workbook;
        }
    }
}
