package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Count;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Share;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Table;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Text;
import dev.opscharter.adapters.documents.compliance.BilingualInspectionReport.Value;
import dev.opscharter.adapters.documents.shared.WorkbookStyles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import static dev.opscharter.adapters.documents.shared.WorkbookStyles.text;

/**
 * The inspection report as an Excel workbook, one sheet per part: summary, processes, findings
 * (deviations by type and by step, with the corrective actions raised for each), corrective
 * actions, the worst cases one deviation a row with its explanation in Chinese and in English,
 * the unknown processes, and every deviating case of the check up to
 * {@value BilingualInspectionReport#DEVIATING_CASES_CAP} rows. Written with POI's streaming
 * workbook, so the deviating cases go to a temporary file a window of rows at a time rather than
 * into memory. Counts and rates are numbers to compute with.
 */
final class InspectionReportWorkbook {

    /** Deviating cases read from the check a page at a time. */
    static final int PAGE = 5_000;
    private static final int WINDOW = 200;
    private static final int CHARACTERS_PER_UNIT = 10;

    private InspectionReportWorkbook() {
    }

    static byte[] write(BilingualInspectionReport report) {
        return write(report, BilingualInspectionReport.DEVIATING_CASES_CAP);
    }

    /** @param cap the most deviating cases listed */
    static byte[] write(BilingualInspectionReport report, int cap) {
        var workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            var styles = new Styles(workbook);
            writeSummary(sheet(workbook, report.both("inspection.sheet.summary")), report, styles);
            writeTables(sheet(workbook, report.processes.sheet()), styles, null, report.processes);
            writeTables(sheet(workbook, report.findings.sheet()), styles, report.findingsNote, report.types,
                    report.findings);
            writeTables(sheet(workbook, report.actions.sheet()), styles, null, report.actions);
            writeTables(sheet(workbook, report.worstDeviations.sheet()), styles, null, report.worstDeviations);
            writeTables(sheet(workbook, report.unknown.sheet()), styles, report.unknownNote, report.unknown);
            writeDeviatingCases(sheet(workbook, report.both("inspection.sheet.deviating")), report, styles, cap);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the inspection report workbook", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the bytes are written; nothing is left open
            }
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    private static void writeSummary(Sheet sheet, BilingualInspectionReport report, Styles styles) {
        int r = 0;
        var title = sheet.createRow(r++);
        text(title, 0, report.title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        var note = sheet.createRow(r++);
        text(note, 0, report.statusNote, report.report.draft() ? styles.draft : styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        r++;
        for (var line : report.cover) {
            var row = sheet.createRow(r++);
            text(row, 0, line.label(), styles.label);
            value(row, 1, line.value(), styles);
        }
        r++;
        var rulesTitle = sheet.createRow(r++);
        text(rulesTitle, 0, report.both("inspection.section.rules"), styles.label);
        var rules = sheet.createRow(r);
        text(rules, 0, report.rules, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 20 * 256);
    }

    /** Tables one below the other, each with its heading; an optional note above the last one. */
    private static void writeTables(Sheet sheet, Styles styles, @Nullable String note,
                                    Table... tables) {
        int r = 0;
        int columns = 0;
        for (int t = 0; t < tables.length; t++) {
            var table = tables[t];
            if (t > 0) {
                r++;
            }
            text(sheet.createRow(r++), 0, table.heading(), styles.label);
            if (note != null && t == tables.length - 1) {
                text(sheet.createRow(r++), 0, note, styles.note);
            }
            var header = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                text(header, c, table.columns().get(c), styles.header);
            }
            if (table.rows().isEmpty()) {
                text(sheet.createRow(r++), 0, table.empty(), styles.note);
            }
            for (var values : table.rows()) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    value(row, c, values.get(c), styles);
                }
            }
            columns = Math.max(columns, table.columns().size());
            if (tables.length == 1 && !table.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(header.getRowNum(), r - 1, 0, table.columns().size() - 1));
                sheet.createFreezePane(0, header.getRowNum() + 1);
            }
        }
        var widths = tables[tables.length - 1].widths();
        for (int c = 0; c < columns; c++) {
            float width = c < widths.length ? widths[c] : 1.5f;
            for (var table : tables) {
                if (c < table.widths().length) {
                    width = Math.max(width, table.widths()[c]);
                }
            }
            sheet.setColumnWidth(c, Math.min(255, Math.round(width * CHARACTERS_PER_UNIT)) * 256);
        }
    }

    /** Every deviating case of the check, process by process in the order the check met them, up to the cap. */
    private static void writeDeviatingCases(Sheet sheet, BilingualInspectionReport report, Styles styles, int cap) {
        long total = report.report.deviatingCaseCount();
        long listed = Math.min(total, cap);
        text(sheet.createRow(0), 0, report.deviatingNote(total, listed), styles.note);
        var header = sheet.createRow(1);
        var columns = report.deviatingColumns;
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c), styles.header);
        }
        int r = 2;
        long written = 0;
        for (var process : report.report.results().processes()) {
            int offset = 0;
            while (written < listed) {
                int limit = (int) Math.min(PAGE, listed - written);
                var page = report.report.deviatingCases().page(process.processCode(), offset, limit);
                for (var summary : page) {
                    var row = sheet.createRow(r++);
                    var values = report.deviatingRow(summary);
                    for (int c = 0; c < values.size(); c++) {
                        value(row, c, values.get(c), styles);
                    }
                }
                written += page.size();
                offset += page.size();
                if (page.size() < limit) {
                    break;
                }
            }
        }
        int[] widths = {24, 18, 9, 17, 17, 9, 11, 40, 24};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 2);
        if (r > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, columns.size() - 1));
        }
    }

    private static void value(Row row, int column, Value value, Styles styles) {
        var cell = row.createCell(column);
        switch (value) {
            case Count count -> {
                cell.setCellValue(count.value());
                cell.setCellStyle(styles.integer);
            }
            case Share share when share.fraction().isPresent() -> {
                cell.setCellValue(share.fraction().get());
                cell.setCellStyle(styles.percent);
            }
            case Share none -> {
                cell.setCellValue(none.text());
                cell.setCellStyle(styles.wrap);
            }
            case Text text -> {
                cell.setCellValue(text.text());
                cell.setCellStyle(styles.wrap);
            }
        }
    }

    /** The shared styles and the report's own: counts, rates, notes and the draft mark. */
    private static final class Styles extends WorkbookStyles {
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle note;
        final CellStyle draft;

        Styles(Workbook workbook) {
            super(workbook);
            var red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            draft = workbook.createCellStyle();
            draft.setFont(red);
            draft.setWrapText(true);
            draft.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            draft.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
