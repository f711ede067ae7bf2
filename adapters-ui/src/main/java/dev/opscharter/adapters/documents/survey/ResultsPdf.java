package dev.opscharter.adapters.documents.survey;

import dev.opscharter.adapters.documents.shared.PdfCells;
import dev.opscharter.adapters.documents.shared.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The results as a PDF report (A4 landscape): the campaign, every group with its figure or why it is
 * hidden, the items within each shown department and the comments, in the bundled font with Chinese
 * glyphs (see {@link PdfFonts}).
 */
final class ResultsPdf {

    private static final Color MEETS = new Color(0xe7, 0xf5, 0xe9);
    private static final Color BELOW = new Color(0xfd, 0xec, 0xec);
    private static final Color HIDDEN = new Color(0xee, 0xef, 0xf1);

    private ResultsPdf() {
    }

    static byte[] write(BilingualResults results) {
        var fonts = PdfFonts.get();
        var text = new Font(fonts.regular(), 8.5f);
        var strong = new Font(fonts.bold(), 8.5f);
        var heading = new Font(fonts.bold(), 11.5f, Font.NORMAL, PdfCells.ACCENT);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 32, 32, 32, 36);
        try {
            PdfWriter.getInstance(document, out);
            PdfCells.describe(document, results.title, results.title);
            document.open();

            document.add(new Paragraph(20f, results.title, new Font(fonts.bold(), 14f, Font.NORMAL, PdfCells.ACCENT)));
            var header = new PdfPTable(new float[] {1.6f, 5f});
            header.setWidthPercentage(100);
            header.setSpacingBefore(8);
            for (var line : results.header) {
                header.addCell(PdfCells.cell(line.label(), strong, null));
                header.addCell(PdfCells.cell(line.value(), text, null));
            }
            document.add(header);

            section(document, results.both("survey.export.sheet.results"), heading);
            document.add(table(results, results.groups, text, strong));
            if (!results.items.isEmpty()) {
                section(document, results.both("survey.export.sheet.items"), heading);
                document.add(table(results, results.items, text, strong));
            }
            if (!results.comments.isEmpty()) {
                section(document, results.both("survey.export.sheet.comments"), heading);
                var comments = new PdfPTable(new float[] {1.6f, 5f});
                comments.setWidthPercentage(100);
                comments.setHeaderRows(1);
                comments.addCell(PdfCells.headerCell(results.both("survey.export.column.name"), strong));
                comments.addCell(PdfCells.headerCell(results.both("survey.export.column.comment"), strong));
                for (var comment : results.comments) {
                    comments.addCell(PdfCells.cell(comment.department(), text, null));
                    comments.addCell(PdfCells.cell(comment.text(), text, null));
                }
                document.add(comments);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the survey results PDF", e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String title, Font heading) {
        var paragraph = new Paragraph(18f, title, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    private static PdfPTable table(BilingualResults results, List<BilingualResults.Row> rows, Font text, Font strong) {
        var table = new PdfPTable(new float[] {1.5f, 2.2f, 1f, 1f, 1.2f, 2.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        results.columns.forEach(c -> table.addCell(PdfCells.headerCell(c, strong)));
        for (var row : rows) {
            @Nullable Color fill = row.meets().map(m -> m ? MEETS : BELOW).orElse(HIDDEN);
            table.addCell(PdfCells.cell(row.kind(), text, null));
            table.addCell(PdfCells.cell(row.name(), text, null));
            table.addCell(PdfCells.cell(row.respondents().map(String::valueOf).orElse("—"), text, null));
            table.addCell(PdfCells.cell(row.figure(), text, fill));
            table.addCell(PdfCells.cell(results.verdict(row), text, fill));
            table.addCell(PdfCells.cell(row.note(), text, null));
        }
        return table;
    }
}
