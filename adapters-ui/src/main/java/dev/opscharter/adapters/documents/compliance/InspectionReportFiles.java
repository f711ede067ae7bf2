package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.application.compliance.port.out.InspectionReportRenderer;
import dev.opscharter.application.shared.DocumentFormat;
import org.springframework.stereotype.Component;

/**
 * Writes inspection reports in the words of the check's screens (the shared bundles and
 * {@code CheckWording}), so the report and the pages word things the same way:
 * {@link InspectionReportPdf} (OpenPDF, an embedded font with Chinese glyphs) and
 * {@link InspectionReportWorkbook} (Apache POI, streaming).
 */
@Component
public final class InspectionReportFiles implements InspectionReportRenderer {

    @Override
    public byte[] render(InspectionReport report, DocumentFormat format) {
        var bilingual = new BilingualInspectionReport(report);
        return switch (format) {
            case PDF -> InspectionReportPdf.write(bilingual);
            case EXCEL -> InspectionReportWorkbook.write(bilingual);
        };
    }
}
