package dev.opscharter.adapters.documents.targets;

import dev.opscharter.adapters.documents.shared.WorkbookStyles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

import static dev.opscharter.adapters.documents.shared.WorkbookStyles.text;

/**
 * The week's report as an Excel workbook: a sheet with the header and every unit × metric, figures as
 * numbers and percents as percent-formatted numbers (so a reader can compute on them), and a sheet with
 * the chart's figures — each unit's attainment at this pace — as the PDF draws them.
 */
final class WeeklyReportWorkbook {

    private WeeklyReportWorkbook() {
    }

    static byte[] write(BilingualWeeklyReport report) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            var sheet = workbook.createSheet(report.both("targets-report.sheet.report"));
            int r = header(sheet, report, styles);
            lines(sheet, r + 1, report, styles);
            chart(workbook.createSheet(report.both("targets-report.sheet.chart")), report, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the weekly report workbook", e);
        }
    }

    private static int header(Sheet sheet, BilingualWeeklyReport report, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, report.title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        for (var line : report.header) {
            var row = sheet.createRow(r++);
            text(row, 0, line.label(), styles.label);
            text(row, 1, line.value(), styles.wrap);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 6));
        }
        return r;
    }

    private static void lines(Sheet sheet, int first, BilingualWeeklyReport report, Styles styles) {
        int r = first;
        var head = sheet.createRow(r++);
        for (int c = 0; c < report.columns.size(); c++) {
            text(head, c, report.columns.get(c), styles.header);
        }
        if (report.rows.isEmpty()) {
            text(sheet.createRow(r), 0, report.empty, styles.wrap);
        }
        for (var line : report.rows) {
            var row = sheet.createRow(r++);
            var labels = line.deviates() ? styles.deviates : styles.wrap;
            text(row, 0, line.metric(), labels);
            text(row, 1, line.unit(), labels);
            for (int i = 0; i < line.figures().size(); i++) {
                boolean percent = BilingualWeeklyReport.PERCENT.get(i);
                number(row, 2 + i, line.figures().get(i), percent, percent ? styles.percent : styles.number);
            }
            text(row, 2 + line.figures().size(), line.deviations(), labels);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        for (int c = 2; c < report.columns.size() - 1; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.setColumnWidth(report.columns.size() - 1, 40 * 256);
    }

    private static void chart(Sheet sheet, BilingualWeeklyReport report, Styles styles) {
        text(sheet.createRow(0), 0, report.both("targets-report.chart"), styles.title);
        text(sheet.createRow(1), 0, report.sentence("targets-report.chart.note"), styles.wrap);
        var head = sheet.createRow(3);
        text(head, 0, report.both("targets-report.column.unit"), styles.header);
        text(head, 1, report.both("targets-report.column.attainment"), styles.header);
        int r = 4;
        for (var bar : report.bars) {
            var row = sheet.createRow(r++);
            text(row, 0, bar.unit(), styles.wrap);
            number(row, 1, Optional.of(bar.percent()), true, styles.percent);
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 24 * 256);
    }

    /** A number cell; a percent as its fraction (93.5 % is 0.935) in a percent format; none, an empty cell. */
    private static void number(Row row, int column, Optional<BigDecimal> value, boolean percent, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        value.ifPresent(v -> cell.setCellValue(percent ? v.doubleValue() / 100 : v.doubleValue()));
    }

    private static final class Styles extends WorkbookStyles {

        final CellStyle number;
        final CellStyle percent;
        final CellStyle deviates;

        Styles(Workbook workbook) {
            super(workbook);
            var format = workbook.createDataFormat();
            number = bordered(workbook);
            number.setDataFormat(format.getFormat("#,##0.##"));
            percent = bordered(workbook);
            percent.setDataFormat(format.getFormat("0.0%"));
            deviates = filled(workbook, IndexedColors.ROSE);
        }
    }
}
