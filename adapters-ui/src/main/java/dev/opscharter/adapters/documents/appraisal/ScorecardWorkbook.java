package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.adapters.documents.shared.WorkbookStyles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import static dev.opscharter.adapters.documents.shared.WorkbookStyles.text;

/**
 * The scorecard as an Excel workbook: a sheet with the verdict and every part (figure as shown on
 * screen, and as a number to compute with), and a sheet with the values and records behind them.
 * Labels in Chinese and English side by side.
 */
final class ScorecardWorkbook {

    private ScorecardWorkbook() {
    }

    static byte[] write(BilingualScorecard scorecard) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            writeScorecard(workbook.createSheet(scorecard.both("appraisal.export.sheet.scorecard")), scorecard,
                    styles);
            writeDetails(workbook.createSheet(scorecard.both("appraisal.export.sheet.details")), scorecard, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scorecard workbook", e);
        }
    }

    private static void writeScorecard(Sheet sheet, BilingualScorecard scorecard, Styles styles) {
        int r = 0;
        var title = sheet.createRow(r++);
        title.createCell(0).setCellValue(scorecard.title);
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        for (var line : scorecard.header) {
            var row = sheet.createRow(r++);
            text(row, 0, line.label(), styles.label);
            text(row, 1, line.value(), styles.wrap);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 5));
        }
        sheet.getRow(2).getCell(1).setCellStyle(styles.status.get(scorecard.status));
        r++;
        for (var indicator : scorecard.indicators) {
            var heading = sheet.createRow(r++);
            text(heading, 0, indicator.name(), styles.indicator);
            text(heading, 4, indicator.statusText(), styles.status.get(indicator.status()));
            var header = sheet.createRow(r++);
            for (int c = 0; c < scorecard.columns.size(); c++) {
                text(header, c, scorecard.columns.get(c), styles.header);
            }
            for (var part : indicator.rows()) {
                var row = sheet.createRow(r++);
                text(row, 0, part.name(), styles.wrap);
                text(row, 1, part.standard(), styles.wrap);
                text(row, 2, part.figure() + (part.note().isEmpty() ? "" : "\n" + part.note()), styles.wrap);
                var value = row.createCell(3);
                part.value().ifPresent(v -> value.setCellValue(v.doubleValue()));
                value.setCellStyle(styles.number);
                text(row, 4, part.statusText(), styles.status.get(part.status()));
                text(row, 5, part.provenance(), styles.wrap);
            }
            r++;
        }
        int[] widths = {48, 14, 22, 12, 22, 70};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeDetails(Sheet sheet, BilingualScorecard scorecard, Styles styles) {
        var header = sheet.createRow(0);
        for (int c = 0; c < scorecard.detailColumns.size(); c++) {
            text(header, c, scorecard.detailColumns.get(c), styles.header);
        }
        int r = 1;
        for (var detail : scorecard.details) {
            var row = sheet.createRow(r++);
            text(row, 0, detail.part(), styles.wrap);
            text(row, 1, detail.period(), styles.wrap);
            text(row, 2, detail.value(), styles.wrap);
            text(row, 3, detail.kind(), styles.wrap);
            text(row, 4, detail.record(), styles.wrap);
            text(row, 5, detail.detail(), styles.wrap);
        }
        int[] widths = {40, 18, 18, 30, 24, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, widths.length - 1));
        }
    }

    /** The shared styles and the scorecard's own: indicator names, numbers and a colour per status. */
    private static final class Styles extends WorkbookStyles {
        final CellStyle indicator;
        final CellStyle number;
        final Map<Status, CellStyle> status = new EnumMap<>(Status.class);

        Styles(XSSFWorkbook workbook) {
            super(workbook);
            indicator = workbook.createCellStyle();
            indicator.setFont(bold);
            number = bordered(workbook);
            status.put(Status.PASS, filled(workbook, IndexedColors.LIGHT_GREEN));
            status.put(Status.FAIL, filled(workbook, IndexedColors.ROSE));
            status.put(Status.NO_DATA, filled(workbook, IndexedColors.GREY_25_PERCENT));
            status.put(Status.IN_PROGRESS, filled(workbook, IndexedColors.PALE_BLUE));
        }
    }
}
