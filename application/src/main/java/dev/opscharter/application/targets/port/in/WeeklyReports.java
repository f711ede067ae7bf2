package dev.opscharter.application.targets.port.in;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.domain.targets.IsoWeek;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The weekly operations data report (运营数据周报, issue 14): written once a week for the week before, PDF and
 * Excel, bilingual, kept unchanged, delivered to its subscribers. Everyone who reads the targets reads the
 * reports and subscribes or unsubscribes themself ({@code TargetsPermission.READ}); the operations managers and
 * directors receive it without asking until they unsubscribe. A manager or director writes an earlier week not
 * written yet by hand ({@code MANAGE}).
 */
public interface WeeklyReports {

    /** The most weeks one run writes after the schedule missed some (the server was down on Mondays). */
    int CATCH_UP = 4;

    /**
     * The schedule's run: last week's report and the weeks missed since the latest written, at most
     * {@value #CATCH_UP}, oldest first. A week written stays as it is, so running again writes nothing.
     *
     * @return the weeks written by this run
     */
    List<IsoWeek> writeDue();

    /**
     * Writes an ended week's report by hand. Answers {@code false} when the week was written already (by
     * anyone, at any time): its files stay as they are.
     *
     * @throws dev.opscharter.domain.shared.InvalidValue for a week not ended yet
     */
    boolean write(IsoWeek week);

    /** The written weeks, newest first. */
    List<WrittenWeek> weeks(PageRequest page);

    long countWeeks();

    Optional<ReportFile> file(IsoWeek week, DocumentFormat format);

    /** Whether the acting user receives the report: as they chose, else as their roles give (managers, directors). */
    boolean subscribed();

    void subscribe();

    void unsubscribe();

    record ReportFile(IsoWeek week, DocumentFormat format, byte[] content) {

        public ReportFile {
            Objects.requireNonNull(week);
            Objects.requireNonNull(format);
            Objects.requireNonNull(content);
        }

        /** {@code weekly-report-2026-W49.pdf} */
        public String fileName() {
            return "weekly-report-" + week.key() + "." + format.extension();
        }

        public String contentType() {
            return format.contentType();
        }
    }
}
