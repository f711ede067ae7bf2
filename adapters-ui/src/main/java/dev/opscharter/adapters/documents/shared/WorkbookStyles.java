package dev.opscharter.adapters.documents.shared;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every exported workbook shares: a title, bold labels, table headers and bordered,
 * wrapping cells. Excel limits how many styles a workbook may hold, so each is made once per
 * workbook; an export adds its own in a subclass.
 */
public class WorkbookStyles {

    public final CellStyle title;
    public final CellStyle label;
    public final CellStyle header;
    public final CellStyle wrap;
    protected final Font bold;

    public WorkbookStyles(Workbook workbook) {
        bold = workbook.createFont();
        bold.setBold(true);
        var big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        header = filled(workbook, IndexedColors.GREY_25_PERCENT);
        header.setFont(bold);
        wrap = bordered(workbook);
    }

    /** Writes a text cell in the given style. */
    public static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** A table cell: thin borders, top-aligned, wrapping. */
    public static CellStyle bordered(Workbook workbook) {
        var style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        return style;
    }

    /** A table cell filled with a colour. */
    public static CellStyle filled(Workbook workbook, IndexedColors colour) {
        var style = bordered(workbook);
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
