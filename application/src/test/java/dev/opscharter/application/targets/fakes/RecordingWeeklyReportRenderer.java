package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.targets.port.out.WeeklyReportRenderer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a report as a line of text saying what it was given, and remembers every document it wrote. */
public final class RecordingWeeklyReportRenderer implements WeeklyReportRenderer {

    private final List<ReportDocument> rendered = new ArrayList<>();
    private Runnable whileRendering = () -> { };

    @Override
    public synchronized byte[] render(ReportDocument document, DocumentFormat format) {
        rendered.add(document);
        whileRendering.run();
        return (format + " " + document.report().week().key() + " lines " + document.report().lines().size()
                + " deviating " + document.report().deviating()).getBytes(StandardCharsets.UTF_8);
    }

    /** Runs {@code work} inside every render: another writer can race this one. */
    public synchronized void whileRendering(Runnable work) {
        this.whileRendering = work;
    }

    public synchronized List<ReportDocument> rendered() {
        return List.copyOf(rendered);
    }
}
