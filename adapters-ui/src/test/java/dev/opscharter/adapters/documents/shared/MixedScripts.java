package dev.opscharter.adapters.documents.shared;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For the exports' tests: a text mixing Chinese with the signs a font without CJK coverage loses or
 * a viewer's substitute font garbles (middle dot, em dash, "≥", "€", full-width comma), to put into the
 * names and labels of a document, and reading it back from a PDF and a workbook.
 */
public final class MixedScripts {

    /** What a person or an organization might well be called, or a reason entered by hand. */
    public static final String TEXT = "华东运营·质量部—达标率≥95%，预算€1,200";

    private MixedScripts() {
    }

    /**
     * Asserts the PDF's extracted text holds each of {@code expected} exactly (white space aside: table
     * cells wrap), holds no replacement character, and that every page embeds its fonts.
     */
    public static void assertPdfReadsBack(byte[] bytes, String... expected) throws IOException {
        try (var pdf = Loader.loadPDF(bytes)) {
            var text = squeeze(new PDFTextStripper().getText(pdf));
            assertThat(text).doesNotContain("\uFFFD");
            for (var each : expected) {
                assertThat(text).contains(squeeze(each));
            }
            EmbeddedFonts.assertEveryPageEmbedsSubsetsOfTheBundledFont(pdf);
        }
    }

    /** Every cell of every sheet as Excel shows it. */
    public static List<String> workbookTexts(byte[] bytes) throws IOException {
        var formatter = new DataFormatter();
        var texts = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    texts.add(formatter.formatCellValue(cell)))));
        }
        return texts;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
