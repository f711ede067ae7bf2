package dev.opscharter.adapters.documents.targets;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.targets.port.out.WeeklyReportRenderer;

/**
 * Writes the weekly operations data report in the words of the other exports: {@link WeeklyReportPdf}
 * (OpenPDF, the bundled font, the chart drawn) and {@link WeeklyReportWorkbook} (Apache POI), Chinese and
 * English side by side.
 */
public final class WeeklyReportFiles implements WeeklyReportRenderer {

    @Override
    public byte[] render(ReportDocument document, DocumentFormat format) {
        var report = new BilingualWeeklyReport(document);
        return switch (format) {
            case PDF -> WeeklyReportPdf.write(report);
            case EXCEL -> WeeklyReportWorkbook.write(report);
        };
    }
}
