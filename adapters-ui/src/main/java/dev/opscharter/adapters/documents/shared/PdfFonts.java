package dev.opscharter.adapters.documents.shared;

import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF export (scorecards, inspection reports): Noto Sans CJK SC, regular and bold,
 * shipped in this jar (SIL Open Font License, {@code OFL.txt} beside them), so a report reads the same
 * whatever fonts the machine that wrote it has, or lacks. Each PDF embeds the subset of glyphs it uses.
 *
 * <p>The fonts are a subset of Noto Sans CJK SC (all CJK Unified Ideographs, CJK and full-width
 * punctuation, Latin, Greek, general punctuation, currency, arrows, maths, box drawing and shapes) with
 * TrueType outlines, which OpenPDF subsets reliably; {@code docs/fonts/make-fonts.sh} rebuilds them. The
 * browser gets the same files as a fallback for Chinese (see {@code styles.css}).
 */
public final class PdfFonts {

    /** Where the fonts are on the class path; under {@code META-INF/resources} the browser loads them too. */
    static final String FOLDER = "/META-INF/resources/assets/fonts/";
    static final String REGULAR = "NotoSansSC-Regular.ttf";
    static final String BOLD = "NotoSansSC-Bold.ttf";

    private static final class Loaded {
        // loaded on first use and kept: each face is 7 MB, parsed once per JVM, not once per report
        static final PdfFonts FONTS = new PdfFonts(load(REGULAR), load(BOLD));
    }

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The bundled fonts. */
    public static PdfFonts get() {
        return Loaded.FONTS;
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + FOLDER + file + " is missing from the class path");
            }
            // Identity-H with embedding: any Unicode text, and only the glyphs a document uses go into it
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
