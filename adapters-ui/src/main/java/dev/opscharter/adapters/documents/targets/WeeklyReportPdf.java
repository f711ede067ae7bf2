package dev.opscharter.adapters.documents.targets;

import dev.opscharter.adapters.documents.shared.PdfCells;
import dev.opscharter.adapters.documents.shared.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The week's report as a PDF (A4 landscape): the header, the chart of each unit's attainment at this pace
 * against the 100 % line (drawn with the PDF's own graphics), and the table of every unit × metric with its
 * deviations, in the bundled font with Chinese glyphs (see {@link PdfFonts}).
 */
final class WeeklyReportPdf {

    private static final Color DEVIATES = new Color(0xfd, 0xec, 0xec);
    private static final Color BAR = new Color(0x4a, 0x86, 0xc8);
    private static final Color BAR_SHORT = new Color(0xd9, 0x6c, 0x5f);
    private static final Color TARGET_LINE = new Color(0x2e, 0x7d, 0x32);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final float CHART_WIDTH = 520;
    private static final float BAR_HEIGHT = 12;
    private static final float LABEL_WIDTH = 90;
    /** The chart's scale runs to 110 %, so the 100 % line stands inside it. */
    private static final float SCALE_PERCENT = 110;

    private WeeklyReportPdf() {
    }

    static byte[] write(BilingualWeeklyReport report) {
        var fonts = PdfFonts.get();
        var text = new Font(fonts.regular(), 7f);
        var strong = new Font(fonts.bold(), 7f);
        var heading = new Font(fonts.bold(), 11.5f, Font.NORMAL, PdfCells.ACCENT);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            var writer = PdfWriter.getInstance(document, out);
            PdfCells.describe(document, report.title, report.title);
            document.open();
            document.add(new Paragraph(20f, report.title, new Font(fonts.bold(), 14f, Font.NORMAL, PdfCells.ACCENT)));
            var header = new PdfPTable(new float[] {1.6f, 5f});
            header.setWidthPercentage(100);
            header.setSpacingBefore(8);
            for (var line : report.header) {
                header.addCell(PdfCells.cell(line.label(), strong, null));
                header.addCell(PdfCells.cell(line.value(), new Font(fonts.regular(), 8.5f), null));
            }
            document.add(header);
            if (report.rows.isEmpty()) {
                document.add(new Paragraph(16f, report.empty, text));
            } else {
                if (!report.bars.isEmpty()) {
                    document.add(new Paragraph(24f, report.both("targets-report.chart"), heading));
                    document.add(chart(writer, report));
                    document.add(new Paragraph(10f, report.sentence("targets-report.chart.note"), text));
                }
                document.add(new Paragraph(24f, report.both("targets-report.sheet.report"), heading));
                document.add(table(report, text, strong));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the weekly report PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(BilingualWeeklyReport report, Font text, Font strong) {
        var table = new PdfPTable(new float[] {2.2f, 1.4f, 1, 1, 0.9f, 1.1f, 1.1f, 0.9f, 0.9f, 1.1f, 1.1f, 0.9f, 0.9f,
                2.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        report.columns.forEach(column -> table.addCell(PdfCells.headerCell(column, strong)));
        for (var row : report.rows) {
            var fill = row.deviates() ? DEVIATES : null;
            table.addCell(PdfCells.cell(row.metric(), text, fill));
            table.addCell(PdfCells.cell(row.unit(), text, fill));
            for (int i = 0; i < row.figures().size(); i++) {
                var cell = PdfCells.cell(BilingualWeeklyReport.shown(row.figures().get(i),
                        BilingualWeeklyReport.PERCENT.get(i)), text, fill);
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
            table.addCell(PdfCells.cell(row.deviations(), text, fill));
        }
        return table;
    }

    /** Horizontal bars, one per unit, with the 100 % line across them. */
    private static Image chart(PdfWriter writer, BilingualWeeklyReport report) throws DocumentException {
        var fonts = PdfFonts.get();
        float height = report.bars.size() * (BAR_HEIGHT + 6) + 16;
        var canvas = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
        float plot = CHART_WIDTH - LABEL_WIDTH - 40;
        float y = height - BAR_HEIGHT - 4;
        for (var bar : report.bars) {
            float length = plot * Math.min(bar.percent().floatValue(), SCALE_PERCENT) / SCALE_PERCENT;
            canvas.setColorFill(bar.percent().compareTo(HUNDRED) >= 0 ? BAR : BAR_SHORT);
            canvas.rectangle(LABEL_WIDTH, y, length, BAR_HEIGHT);
            canvas.fill();
            label(canvas, fonts.regular(), bar.unit(), LABEL_WIDTH - 4, y + 3, PdfContentByte.ALIGN_RIGHT);
            label(canvas, fonts.regular(), BilingualWeeklyReport.shown(Optional.of(bar.percent()), true),
                    LABEL_WIDTH + length + 4, y + 3, PdfContentByte.ALIGN_LEFT);
            y -= BAR_HEIGHT + 6;
        }
        float hundred = LABEL_WIDTH + plot * 100 / SCALE_PERCENT;
        canvas.setColorStroke(TARGET_LINE);
        canvas.setLineWidth(1.2f);
        canvas.moveTo(hundred, 12);
        canvas.lineTo(hundred, height);
        canvas.stroke();
        label(canvas, fonts.regular(), "100 %", hundred, 2, PdfContentByte.ALIGN_CENTER);
        var image = Image.getInstance(canvas);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private static void label(PdfContentByte canvas, BaseFont font, String text, float x, float y,
                              int alignment) {
        canvas.beginText();
        canvas.setColorFill(PdfCells.MUTED);
        canvas.setFontAndSize(font, 7);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
