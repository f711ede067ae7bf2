package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.InspectionReportRenderer;
import dev.opscharter.application.shared.DocumentFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a report as a few lines of text that say what it was given (format, draft or closed, rate,
 * corrective actions, worst cases, deviating cases), and remembers every report it wrote.
 */
public final class RecordingReportRenderer implements InspectionReportRenderer {

    private final List<InspectionReport> rendered = new ArrayList<>();
    private final List<DocumentFormat> formats = new ArrayList<>();

    @Override
    public synchronized byte[] render(InspectionReport report, DocumentFormat format) {
        rendered.add(report);
        formats.add(format);
        var results = report.results();
        var lines = new ArrayList<String>();
        lines.add(format + " " + report.organizationName() + " " + results.check().period().key());
        lines.add(report.closing().map(c -> "closed by " + c.closedBy() + " at " + c.closedAt())
                .orElse("DRAFT at " + report.generatedAt()));
        lines.add("ran by " + report.ranBy());
        lines.add("rate " + results.overall().compliant() + "/" + results.overall().evaluated());
        results.processes().forEach(p -> lines.add("process " + p.processCode() + " "
                + p.name().map(n -> n.chinese() + "/" + n.english()).orElse("?")));
        report.correctiveActions().forEach(a -> lines.add("action " + a.action().title() + " " + a.owner() + " "
                + a.action().status() + (a.overdue() ? " overdue" : "")));
        report.worstCases().forEach(c -> lines.add("worst " + c.summary().caseId() + " v"
                + c.version().map(v -> Integer.toString(v.number())).orElse("?") + " "
                + c.deviations().stream().map(d -> d.type() + "@" + d.step()).collect(Collectors.joining(","))));
        for (var process : results.processes()) {
            report.deviatingCases().page(process.processCode(), 0, 1000)
                    .forEach(c -> lines.add("deviating " + c.processCode() + "/" + c.caseId()));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    public synchronized List<InspectionReport> rendered() {
        return List.copyOf(rendered);
    }

    public synchronized List<DocumentFormat> formats() {
        return List.copyOf(formats);
    }
}
