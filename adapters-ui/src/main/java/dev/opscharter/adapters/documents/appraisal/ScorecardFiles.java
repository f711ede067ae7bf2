package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.appraisal.port.out.ScorecardRenderer;
import dev.opscharter.application.shared.DocumentFormat;

import java.time.ZoneId;
import java.util.Map;

/**
 * Writes a period's scorecard in the words of its screens (the shared bundles and
 * {@code ScorecardWording}): {@link ScorecardPdf} (OpenPDF, an embedded font with Chinese glyphs)
 * and {@link ScorecardWorkbook} (Apache POI), Chinese and English side by side.
 */
public final class ScorecardFiles implements ScorecardRenderer {

    @Override
    public byte[] render(ScorecardReport report, ZoneId zone, Map<String, String> people, DocumentFormat format) {
        var scorecard = new BilingualScorecard(report, zone, name -> people.getOrDefault(name, name));
        return switch (format) {
            case PDF -> ScorecardPdf.write(scorecard);
            case EXCEL -> ScorecardWorkbook.write(scorecard);
        };
    }
}
