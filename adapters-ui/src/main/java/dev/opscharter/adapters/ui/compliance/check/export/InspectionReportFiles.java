package dev.opscharter.adapters.ui.compliance.check.export;

import com.vaadin.flow.i18n.I18NProvider;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer;
import dev.opscharter.application.shared.DocumentFormat;
import org.springframework.stereotype.Component;

/**
 * Writes inspection reports with the texts of the user interface, so the report and the check's
 * pages word things the same way: {@link InspectionReportPdf} (OpenPDF, an embedded font with
 * Chinese glyphs) and {@link InspectionReportWorkbook} (Apache POI, streaming). A component like the
 * {@link I18NProvider} it uses, so the wiring outside the UI adapter needs no Vaadin type.
 */
@Component
public final class InspectionReportFiles implements InspectionReportRenderer {

    private final I18NProvider i18n;

    public InspectionReportFiles(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public byte[] render(InspectionReport report, DocumentFormat format) {
        var bilingual = new BilingualInspectionReport(report, i18n);
        return switch (format) {
            case PDF -> InspectionReportPdf.write(bilingual);
            case EXCEL -> InspectionReportWorkbook.write(bilingual);
        };
    }
}
