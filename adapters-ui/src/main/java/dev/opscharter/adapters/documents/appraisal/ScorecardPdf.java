package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.adapters.documents.shared.PdfCells;
import dev.opscharter.adapters.documents.shared.PdfFonts;
import dev.opscharter.domain.appraisal.Status;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The scorecard as a PDF report (A4 landscape): the verdict, each indicator with its parts and the
 * provenance of every value, then the records behind the computed figures. Chinese and English side
 * by side, in an embedded font with Chinese glyphs (see {@link PdfFonts}).
 */
final class ScorecardPdf {

    private static final Color PASS_TEXT = new Color(0x2e, 0x7d, 0x32);
    private static final Color PASS_FILL = new Color(0xe7, 0xf5, 0xe9);
    private static final Color FAIL_TEXT = new Color(0xb3, 0x26, 0x1e);
    private static final Color FAIL_FILL = new Color(0xfd, 0xec, 0xec);
    private static final Color NO_DATA_TEXT = new Color(0x55, 0x5b, 0x66);
    private static final Color NO_DATA_FILL = new Color(0xee, 0xef, 0xf1);
    private static final Color IN_PROGRESS_TEXT = new Color(0x1a, 0x56, 0x9e);
    private static final Color IN_PROGRESS_FILL = new Color(0xe8, 0xf0, 0xfb);
    private static final Color ACCENT = PdfCells.ACCENT;

    private ScorecardPdf() {
    }

    static byte[] write(BilingualScorecard scorecard) {
        var fonts = PdfFonts.get();
        var text = new Font(fonts.regular(), 8.5f);
        var strong = new Font(fonts.bold(), 8.5f);
        var heading = new Font(fonts.bold(), 11.5f, Font.NORMAL, ACCENT);
        var title = new Font(fonts.bold(), 15f, Font.NORMAL, ACCENT);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 32, 32, 32, 36);
        try {
            PdfWriter.getInstance(document, out);
            PdfCells.describe(document, scorecard.title, scorecard.title);
            document.open();

            document.add(new Paragraph(22f, scorecard.title, title));
            var header = new PdfPTable(new float[] {1.3f, 6f});
            header.setWidthPercentage(100);
            header.setSpacingBefore(8);
            for (int i = 0; i < scorecard.header.size(); i++) {
                var line = scorecard.header.get(i);
                header.addCell(cell(line.label(), strong, null));
                // the second line is the verdict
                header.addCell(cell(line.value(), text, i == 1 ? fill(scorecard.status) : null));
            }
            document.add(header);

            for (var indicator : scorecard.indicators) {
                var name = new Paragraph(18f, indicator.name() + "  ·  " + indicator.statusText(), heading);
                name.setSpacingBefore(10);
                document.add(name);
                var table = new PdfPTable(new float[] {2.6f, 1f, 1.7f, 1.2f, 4f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                table.setHeaderRows(1);
                for (var column : List.of(0, 1, 2, 4, 5)) {
                    table.addCell(headerCell(scorecard.columns.get(column), strong));
                }
                for (var row : indicator.rows()) {
                    table.addCell(cell(row.name(), text, null));
                    table.addCell(cell(row.standard(), text, null));
                    table.addCell(cell(row.figure() + (row.note().isEmpty() ? "" : "\n" + row.note()), text,
                            null));
                    table.addCell(cell(row.statusText(), new Font(fonts.bold(), 8.5f, Font.NORMAL,
                            ink(row.status())), fill(row.status())));
                    table.addCell(cell(row.provenance(), text, null));
                }
                document.add(table);
            }

            if (!scorecard.details.isEmpty()) {
                var details = new Paragraph(18f, scorecard.both("appraisal.export.sheet.details"), heading);
                details.setSpacingBefore(12);
                document.add(details);
                var table = new PdfPTable(new float[] {2.4f, 1.2f, 1.2f, 2f, 1.6f, 3.6f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                table.setHeaderRows(1);
                scorecard.detailColumns.forEach(c -> table.addCell(headerCell(c, strong)));
                for (var detail : scorecard.details) {
                    for (var value : List.of(detail.part(), detail.period(), detail.value(), detail.kind(),
                            detail.record(), detail.detail())) {
                        table.addCell(cell(value, text, null));
                    }
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the scorecard PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell headerCell(String text, Font font) {
        return PdfCells.headerCell(text, font);
    }

    private static PdfPCell cell(String text, Font font, @Nullable Color background) {
        return PdfCells.cell(text, font, background);
    }

    private static Color fill(Status status) {
        return switch (status) {
            case PASS -> PASS_FILL;
            case FAIL -> FAIL_FILL;
            case NO_DATA -> NO_DATA_FILL;
            case IN_PROGRESS -> IN_PROGRESS_FILL;
        };
    }

    private static Color ink(Status status) {
        return switch (status) {
            case PASS -> PASS_TEXT;
            case FAIL -> FAIL_TEXT;
            case NO_DATA -> NO_DATA_TEXT;
            case IN_PROGRESS -> IN_PROGRESS_TEXT;
        };
    }
}
