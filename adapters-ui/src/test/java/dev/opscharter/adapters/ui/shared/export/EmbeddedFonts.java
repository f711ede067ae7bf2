package dev.opscharter.adapters.ui.shared.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** For the exports' tests: whether a PDF carries its fonts, so Chinese reads on any machine. */
public final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    /** Asserts the first page uses fonts, every one of them embedded. */
    public static void assertFirstPageEmbedsItsFonts(PDDocument pdf) throws IOException {
        var fonts = new ArrayList<PDFont>();
        var resources = pdf.getPage(0).getResources();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        assertThat(fonts).isNotEmpty()
                .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }
}
