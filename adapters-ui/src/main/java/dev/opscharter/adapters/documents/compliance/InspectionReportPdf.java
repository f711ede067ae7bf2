package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Count;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Share;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Table;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Value;
import dev.opscharter.adapters.documents.shared.PdfCells;
import dev.opscharter.adapters.documents.shared.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * The inspection report as a PDF (A4 landscape): the cover with the overall rate and who ran and
 * closed the check, then compliance by process, deviations by type, the findings with the corrective
 * actions raised for them, the corrective actions, the worst cases with each deviation in words,
 * the unknown processes and the rules. A draft says so in its title and across every page.
 */
final class InspectionReportPdf {

    private static final Color DRAFT_INK = new Color(0xb3, 0x26, 0x1e);
    private static final Color DRAFT_FILL = new Color(0xfd, 0xec, 0xec);
    private static final Color WATERMARK = new Color(0xe0, 0x9c, 0x96);
    private static final Color CASE_FILL = new Color(0xf4, 0xf5, 0xf7);

    private InspectionReportPdf() {
    }

    static byte[] write(BilingualInspectionReport report) {
        var fonts = PdfFonts.get();
        var text = new Font(fonts.regular(), 8.5f);
        var muted = new Font(fonts.regular(), 8f, Font.NORMAL, PdfCells.MUTED);
        var strong = new Font(fonts.bold(), 8.5f);
        var heading = new Font(fonts.bold(), 11.5f, Font.NORMAL, PdfCells.ACCENT);
        var title = new Font(fonts.bold(), 15f, Font.NORMAL, PdfCells.ACCENT);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 32, 32, 32, 36);
        try {
            var writer = PdfWriter.getInstance(document, out);
            var draft = report.report.draft();
            if (draft) {
                writer.setPageEvent(new Watermark(report.draftMark, fonts));
            }
            PdfCells.describe(document, report.title, report.title + (draft ? " · " + report.draftMark : ""));
            document.open();

            document.add(new Paragraph(22f, report.title + (draft ? "  [" + report.draftMark + "]" : ""), title));
            var note = new PdfPTable(1);
            note.setWidthPercentage(100);
            note.setSpacingBefore(6);
            note.addCell(PdfCells.cell(report.statusNote, draft ? new Font(fonts.bold(), 8.5f, Font.NORMAL,
                    DRAFT_INK) : text, draft ? DRAFT_FILL : null));
            document.add(note);

            var cover = new PdfPTable(new float[] {1.6f, 6f});
            cover.setWidthPercentage(100);
            cover.setSpacingBefore(8);
            for (var line : report.cover) {
                cover.addCell(PdfCells.cell(line.label(), strong, null));
                cover.addCell(PdfCells.cell(line.value().text(), text, null));
            }
            document.add(cover);

            var page = new PageSpace(document, writer);
            section(page, report.processes, heading, strong, text, muted, null);
            section(page, report.types, heading, strong, text, muted, null);
            section(page, report.findings, heading, strong, text, muted, report.findingsNote);
            section(page, report.actions, heading, strong, text, muted, null);
            worstCases(page, report, heading, strong, text, muted);
            section(page, report.unknown, heading, strong, text, muted, report.unknownNote);

            page.keepHeadingWithNext();
            var rules = new Paragraph(18f, report.both("inspection.section.rules"), heading);
            rules.setSpacingBefore(12);
            document.add(rules);
            var body = new Paragraph(12f, report.rules, muted);
            body.setSpacingBefore(4);
            document.add(body);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the inspection report PDF", e);
        }
        return out.toByteArray();
    }

    /** Where the page stands: a heading does not stay alone at the foot of a page, away from its table. */
    private record PageSpace(Document document, PdfWriter writer) {

        /** Heading, header row and a couple of rows: below that, the heading starts the next page. */
        private static final float HEADING_WITH_ROWS = 90f;

        void keepHeadingWithNext() {
            if (writer.getVerticalPosition(true) - document.bottom() < HEADING_WITH_ROWS) {
                document.newPage();
            }
        }
    }

    private static void section(PageSpace page, Table table, Font heading, Font strong, Font text, Font muted,
                                @Nullable String note) {
        var document = page.document();
        page.keepHeadingWithNext();
        var title = new Paragraph(18f, table.heading(), heading);
        title.setSpacingBefore(12);
        document.add(title);
        if (note != null) {
            document.add(new Paragraph(12f, note, muted));
        }
        var pdf = new PdfPTable(table.widths());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(6);
        pdf.setHeaderRows(1);
        table.columns().forEach(c -> pdf.addCell(PdfCells.headerCell(c, strong)));
        for (var row : table.rows()) {
            for (var value : row) {
                pdf.addCell(cell(value, text));
            }
        }
        if (table.rows().isEmpty()) {
            var empty = PdfCells.cell(table.empty(), muted, null);
            empty.setColspan(table.columns().size());
            pdf.addCell(empty);
        }
        document.add(pdf);
    }

    /** Each worst case on a line of its own, then its deviations, so a long case breaks across pages. */
    private static void worstCases(PageSpace page, BilingualInspectionReport report, Font heading, Font strong,
                                   Font text, Font muted) {
        var document = page.document();
        page.keepHeadingWithNext();
        var title = new Paragraph(18f, report.worstHeading, heading);
        title.setSpacingBefore(12);
        document.add(title);
        var pdf = new PdfPTable(report.worstWidths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(6);
        pdf.setHeaderRows(1);
        report.worstColumns.forEach(c -> pdf.addCell(PdfCells.headerCell(c, strong)));
        for (var block : report.worstCases) {
            var header = PdfCells.cell(block.header(), strong, CASE_FILL);
            header.setColspan(report.worstColumns.size());
            pdf.addCell(header);
            for (var row : block.rows()) {
                for (var value : row) {
                    pdf.addCell(cell(value, text));
                }
            }
        }
        if (report.worstCases.isEmpty()) {
            var empty = PdfCells.cell(report.both("compliance.check.no-deviations"), muted, null);
            empty.setColspan(report.worstColumns.size());
            pdf.addCell(empty);
        }
        document.add(pdf);
    }

    private static PdfPCell cell(Value value, Font font) {
        var cell = PdfCells.cell(value.text(), font, null);
        if (value instanceof Count || value instanceof Share) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    /** "草稿 DRAFT" across every page, faint, under the content. */
    private static final class Watermark extends PdfPageEventHelper {

        private final String mark;
        private final PdfFonts fonts;

        Watermark(String mark, PdfFonts fonts) {
            this.mark = mark;
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContentUnder();
            canvas.saveState();
            var state = new PdfGState();
            state.setFillOpacity(0.25f);
            canvas.setGState(state);
            canvas.setColorFill(WATERMARK);
            canvas.beginText();
            canvas.setFontAndSize(fonts.bold(), 96);
            var page = document.getPageSize();
            canvas.showTextAligned(Element.ALIGN_CENTER, mark, page.getWidth() / 2, page.getHeight() / 2, 30);
            canvas.endText();
            canvas.restoreState();
        }
    }
}
