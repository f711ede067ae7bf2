package dev.opscharter.adapters.ui.shared.export;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fonts of the PDF exports (scorecards, inspection reports), found at run time: a font that has Chinese glyphs, embedded as a
 * subset so the report reads the same on every machine. OpenPDF embeds both TrueType and CFF-outline
 * OpenType fonts (Debian's Noto Sans CJK collection is CFF), also from a collection ({@code .ttc}).
 *
 * <p>Where no such font is installed, the report falls back to Adobe's STSong-Light, which is not
 * embedded (viewers with Asian font support show it; text stays searchable), and says so in the log;
 * set {@value #PROPERTY} to a font file to choose one.
 */
public final class PdfFonts {

    /** A system property naming a font file (.ttf, .otf or .ttc) with Chinese glyphs. */
    public static final String PROPERTY = "opscharter.pdf.font";

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
    private static final int PROBE = '运';
    /** Where operating systems and their font packages put fonts with Simplified Chinese glyphs. */
    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",       // Debian, Ubuntu: fonts-noto-cjk
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",            // Arch
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",     // Fedora
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",               // fonts-wqy-microhei
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",                 // fonts-wqy-zenhei
            "/usr/share/fonts/truetype/arphic/uming.ttc",                   // fonts-arphic-uming
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/Library/Fonts/Arial Unicode.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Bold.otf",
            "C:/Windows/Fonts/msyhbd.ttc");
    /** In a collection, prefer the Simplified Chinese face, and not the monospaced one. */
    private static final Pattern SIMPLIFIED = Pattern.compile(".*(CJKsc|SC-|SC$|GB|Hans).*");

    private static volatile @Nullable PdfFonts instance;

    private final BaseFont regular;
    private final BaseFont bold;
    private final boolean embedded;

    private PdfFonts(BaseFont regular, BaseFont bold, boolean embedded) {
        this.regular = regular;
        this.bold = bold;
        this.embedded = embedded;
    }

    /** The fonts, found on first use. */
    public static PdfFonts get() {
        var fonts = instance;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                fonts = instance;
                if (fonts == null) {
                    fonts = find();
                    instance = fonts;
                }
            }
        }
        return fonts;
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** Whether the fonts are embedded and cover Chinese. */
    public boolean embedded() {
        return embedded;
    }

    private static PdfFonts find() {
        var candidates = new ArrayList<String>();
        var chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(chosen.strip());
        }
        candidates.addAll(REGULAR);
        var regular = firstUsable(candidates);
        if (regular != null) {
            var bold = firstUsable(BOLD);
            log.info("PDF exports use the font {}", regular.getPostscriptFontName());
            return new PdfFonts(regular, bold == null ? regular : bold, true);
        }
        log.warn("No font with Chinese glyphs found (looked for {} and the -D{} property); PDF exports use the "
                + "non-embedded STSong-Light, which only viewers with Asian font support show", REGULAR, PROPERTY);
        try {
            var song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            return new PdfFonts(song, song, false);
        } catch (Exception e) {
            log.warn("STSong-Light is not available either; Chinese text will be missing from PDF exports", e);
            try {
                return new PdfFonts(BaseFont.createFont(), BaseFont.createFont(BaseFont.HELVETICA_BOLD,
                        BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), false);
            } catch (Exception helvetica) {
                throw new IllegalStateException("no font for the PDF exports", helvetica);
            }
        }
    }

    private static @Nullable BaseFont firstUsable(List<String> files) {
        for (var file : files) {
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            try {
                var font = BaseFont.createFont(face(file), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                if (font.charExists(PROBE)) {
                    return font;
                }
                log.debug("{} has no Chinese glyphs", file);
            } catch (Exception e) {
                log.warn("cannot use the font {} for PDF exports: {}", file, e.toString());
            }
        }
        return null;
    }

    /** A font file as OpenPDF names it: a collection with the index of its Simplified Chinese face. */
    private static String face(String file) throws Exception {
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            return file;
        }
        var names = BaseFont.enumerateTTCNames(file);
        int best = 0;
        for (int i = 0; i < names.length; i++) {
            if (SIMPLIFIED.matcher(names[i]).matches() && !names[i].contains("Mono")) {
                best = i;
                break;
            }
        }
        return file + "," + best;
    }
}
