package dev.opscharter.application.appraisal.fakes;

import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.appraisal.port.out.ScorecardRenderer;
import dev.opscharter.application.shared.DocumentFormat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a line saying what it was asked to render, and remembers the reports. */
public final class RecordingScorecardRenderer implements ScorecardRenderer {

    private final List<ScorecardReport> rendered = new ArrayList<>();

    @Override
    public synchronized byte[] render(ScorecardReport report, ZoneId zone, Map<String, String> people,
                                      DocumentFormat format) {
        rendered.add(report);
        var approver = report.approval().map(a -> people.getOrDefault(a.approvedBy(), a.approvedBy())).orElse("-");
        return (format + " " + report.scorecard().period().key() + " " + zone.getId() + " approved by " + approver)
                .getBytes(StandardCharsets.UTF_8);
    }

    public synchronized List<ScorecardReport> rendered() {
        return List.copyOf(rendered);
    }
}
