package dev.opscharter.adapters.documents.shared;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** For the exports' tests: whether a PDF carries its fonts, so Chinese reads on any machine. */
public final class EmbeddedFonts {

    /** The bundled fonts are 7 MB each: an embedded subset of a report's glyphs stays far below this. */
    private static final int SUBSET_AT_MOST = 1 << 20;

    private EmbeddedFonts() {
    }

    /**
     * Asserts every page uses fonts, each of them a subset (its name tagged {@code ABCDEF+}) of the
     * bundled font, embedded as a font file (FontFile2 for TrueType outlines, FontFile3 for CFF).
     */
    public static void assertEveryPageEmbedsSubsetsOfTheBundledFont(PDDocument pdf) throws IOException {
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            var fonts = new ArrayList<PDFont>();
            var resources = pdf.getPage(page).getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).as("fonts of page %d", page + 1).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansCJKsc-(Regular|Bold)");
                var descriptor = font.getFontDescriptor();
                assertThat(descriptor).as(font.getName()).isNotNull();
                var file = Stream.of(descriptor.getFontFile2(), descriptor.getFontFile3())
                        .filter(stream -> stream != null).findFirst();
                assertThat(file).as("%s: FontFile2 or FontFile3", font.getName()).isPresent();
                assertThat(length(file.get())).as(font.getName()).isPositive().isLessThan(SUBSET_AT_MOST);
            });
        }
    }

    private static long length(PDStream stream) {
        return stream.getCOSObject().getLength();
    }
}
