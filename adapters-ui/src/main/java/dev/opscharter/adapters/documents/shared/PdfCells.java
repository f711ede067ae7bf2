package dev.opscharter.adapters.documents.shared;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;

import java.awt.Color;

/** The parts every PDF report shares: its description and footer, and table cells padded, with a light border, optionally filled. */
public final class PdfCells {

    public static final Color HEADER_FILL = new Color(0xe8, 0xf0, 0xfb);
    public static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);
    public static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    private static final Color BORDER = new Color(0xd0, 0xd5, 0xdd);

    private PdfCells() {
    }

    public static PdfPCell cell(String text, Font font, @Nullable Color background) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(BORDER);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    public static PdfPCell headerCell(String text, Font font) {
        return cell(text, font, HEADER_FILL);
    }

    /**
     * Names the document (title, creator) and puts "OpsCharter · {@code footer} · page" at the foot of
     * every page, as every report does; call before {@code document.open()}.
     */
    public static void describe(Document document, String title, String footer) {
        document.addTitle(title);
        document.addCreator("OpsCharter");
        var foot = new HeaderFooter(new Phrase("OpsCharter · " + footer + " · ",
                new Font(PdfFonts.get().regular(), 7f, Font.NORMAL, MUTED)), true);
        foot.setBorder(Rectangle.NO_BORDER);
        foot.setAlignment(Element.ALIGN_RIGHT);
        document.setFooter(foot);
    }
}
