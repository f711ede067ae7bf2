package dev.opscharter.adapters.documents.survey;

import dev.opscharter.adapters.documents.shared.WorkbookStyles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.adapters.documents.shared.WorkbookStyles.text;

/**
 * The results as an Excel workbook: a sheet with the campaign and every group (overall, rated and
 * rating departments), one with the items within each shown department, one with the comments. A
 * hidden group's cells hold the reason, never a number, so no formula can bring it back.
 */
final class ResultsWorkbook {

    private ResultsWorkbook() {
    }

    static byte[] write(BilingualResults results) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            var summary = workbook.createSheet(results.both("survey.export.sheet.results"));
            int r = header(summary, results, styles);
            table(summary, r + 1, results, results.groups, styles);
            table(workbook.createSheet(results.both("survey.export.sheet.items")), 0, results, results.items, styles);
            comments(workbook.createSheet(results.both("survey.export.sheet.comments")), results, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the survey results workbook", e);
        }
    }

    private static int header(Sheet sheet, BilingualResults results, Styles styles) {
        int r = 0;
        var title = sheet.createRow(r++);
        text(title, 0, results.title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        for (var line : results.header) {
            var row = sheet.createRow(r++);
            text(row, 0, line.label(), styles.label);
            text(row, 1, line.value(), styles.wrap);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 5));
        }
        return r;
    }

    private static void table(Sheet sheet, int first, BilingualResults results, List<BilingualResults.Row> rows,
                              Styles styles) {
        int r = first;
        var header = sheet.createRow(r++);
        for (int c = 0; c < results.columns.size(); c++) {
            text(header, c, results.columns.get(c), styles.header);
        }
        for (var group : rows) {
            var row = sheet.createRow(r++);
            text(row, 0, group.kind(), styles.wrap);
            text(row, 1, group.name(), styles.wrap);
            number(row, 2, group.respondents().map(Integer::doubleValue), styles.count);
            number(row, 3, group.percent().map(p -> p.doubleValue() / 100), styles.percent);
            text(row, 4, results.verdict(group), group.meets().map(m -> m ? styles.meets : styles.below)
                    .orElse(styles.hidden));
            text(row, 5, group.note(), styles.wrap);
        }
        widths(sheet, 26, 34, 12, 14, 16, 60);
        sheet.createFreezePane(0, first + 1);
    }

    private static void comments(Sheet sheet, BilingualResults results, Styles styles) {
        var header = sheet.createRow(0);
        text(header, 0, results.both("survey.export.column.name"), styles.header);
        text(header, 1, results.both("survey.export.column.comment"), styles.header);
        int r = 1;
        for (var comment : results.comments) {
            var row = sheet.createRow(r++);
            text(row, 0, comment.department(), styles.wrap);
            text(row, 1, comment.text(), styles.wrap);
        }
        widths(sheet, 34, 100);
        sheet.createFreezePane(0, 1);
    }

    /** A number cell, or an empty bordered one: a hidden group has no number to put there. */
    private static void number(Row row, int column, Optional<Double> value, CellStyle style) {
        var cell = row.createCell(column);
        value.ifPresent(cell::setCellValue);
        cell.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** The shared styles and the results' own: counts, percentages and a colour per verdict. */
    private static final class Styles extends WorkbookStyles {
        final CellStyle count;
        final CellStyle percent;
        final CellStyle meets;
        final CellStyle below;
        final CellStyle hidden;

        Styles(XSSFWorkbook workbook) {
            super(workbook);
            count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            meets = filled(workbook, IndexedColors.LIGHT_GREEN);
            below = filled(workbook, IndexedColors.ROSE);
            hidden = filled(workbook, IndexedColors.GREY_25_PERCENT);
        }
    }
}
