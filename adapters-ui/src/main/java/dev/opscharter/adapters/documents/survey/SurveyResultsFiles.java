package dev.opscharter.adapters.documents.survey;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.survey.ResultsReport;
import dev.opscharter.application.survey.port.out.ResultsRenderer;

/**
 * Writes a campaign's results in the words of the other exports: {@link ResultsPdf} (OpenPDF, the
 * bundled font) and {@link ResultsWorkbook} (Apache POI), Chinese and English side by side.
 */
public final class SurveyResultsFiles implements ResultsRenderer {

    @Override
    public byte[] render(ResultsReport report, DocumentFormat format) {
        var results = new BilingualResults(report);
        return switch (format) {
            case PDF -> ResultsPdf.write(results);
            case EXCEL -> ResultsWorkbook.write(results);
        };
    }
}
