package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.adapters.documents.shared.Bilingual;
import dev.opscharter.adapters.documents.shared.WorkbookStyles;
import dev.opscharter.adapters.messages.ScorecardWording;
import dev.opscharter.application.appraisal.port.out.FigureSheets;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.opscharter.adapters.documents.shared.WorkbookStyles.text;
import static dev.opscharter.adapters.messages.Messages.CHINESE;
import static dev.opscharter.adapters.messages.Messages.ENGLISH;

/**
 * The figures screen as a sheet: one row per part, its code in the first column (what the sheet is read
 * back by, whatever the names say), names and standard in Chinese and English, the figure to fill in.
 * Read back from memory: the use case bounds the file to a few hundred kilobytes, and POI's own guard
 * refuses an entry that inflates more than a hundred times, so a hostile file stays small.
 */
public final class FiguresWorkbook implements FigureSheets {

    static final String FIELD = "file";
    static final int CODE = 0;
    static final int VALUE = 4;

    @Override
    public byte[] write(Period period, List<Line> lines) {
        var zh = new ScorecardWording(CHINESE, ZoneOffset.UTC, UnaryOperator.identity());
        var en = new ScorecardWording(ENGLISH, ZoneOffset.UTC, UnaryOperator.identity());
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new WorkbookStyles(workbook);
            var sheet = workbook.createSheet(Bilingual.label(zh.text("appraisal.figures.sheet.name"),
                    en.text("appraisal.figures.sheet.name")));
            var title = sheet.createRow(0);
            text(title, 0, Bilingual.sentence(zh, en, t -> t.text("appraisal.figures.sheet.title", t.period(period))),
                    styles.title);
            var hint = sheet.createRow(1);
            text(hint, 0, Bilingual.sentence(zh, en, t -> t.text("appraisal.figures.sheet.hint")), styles.wrap);
            var header = sheet.createRow(2);
            var columns = List.of("appraisal.figures.sheet.code", "appraisal.column.part", "appraisal.column.standard",
                    "appraisal.figures.sheet.entered", "appraisal.figures.sheet.value");
            for (int c = 0; c < columns.size(); c++) {
                var key = columns.get(c);
                text(header, c, Bilingual.label(zh, en, t -> t.text(key)), styles.header);
            }
            int r = 3;
            for (var line : lines) {
                var row = sheet.createRow(r++);
                text(row, CODE, line.part().name(), styles.wrap);
                text(row, 1, Bilingual.label(zh, en, t -> t.part(line.part())), styles.wrap);
                text(row, 2, zh.standard(line.threshold(), line.part().unit()), styles.wrap);
                text(row, 3, line.entered().map(BigDecimal::toPlainString).orElse(""), styles.wrap);
                line.entered().ifPresent(value -> row.createCell(VALUE).setCellValue(value.doubleValue()));
            }
            int[] widths = {30, 48, 16, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the figures workbook", e);
        }
    }

    @Override
    public List<Figure> read(byte[] file) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidValue(FIELD, "appraisal.figures.sheet.not-a-workbook");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new InvalidValue(FIELD, "appraisal.figures.sheet.too-many-rows", MAX_ROWS);
            }
            var figures = new ArrayList<Figure>();
            for (var row : sheet) {
                figure(row).ifPresent(figures::add);
            }
            return figures;
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof InvalidValue refused) {
                throw refused;
            }
            throw new InvalidValue(FIELD, "appraisal.figures.sheet.not-a-workbook");
        }
    }

    /** A row with a part's code and a figure; the title, header and empty rows have none. */
    private static Optional<Figure> figure(Row row) {
        var code = cellText(row.getCell(CODE));
        var value = cellText(row.getCell(VALUE));
        int number = row.getRowNum() + 1;
        if (code.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        Part part;
        try {
            part = Part.valueOf(code);
        } catch (IllegalArgumentException notAPart) {
            if (row.getRowNum() < 3) {
                return Optional.empty(); // the title and the header
            }
            throw new InvalidValue(FIELD, "appraisal.figures.sheet.unknown-part", number, code);
        }
        return Optional.of(new Figure(number, part, value));
    }

    /** Numbers as plain decimals (no exponent, no binary noise: 92.5, not 92.50000000001), text stripped. */
    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            default -> "";
        };
    }
}
