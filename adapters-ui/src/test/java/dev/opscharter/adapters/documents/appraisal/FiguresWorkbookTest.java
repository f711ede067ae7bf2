package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.application.appraisal.port.out.FigureSheets;
import dev.opscharter.application.appraisal.port.out.FigureSheets.Figure;
import dev.opscharter.application.appraisal.port.out.FigureSheets.Line;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures sheet written, filled in as a person would in Excel, and read back. */
class FiguresWorkbookTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final AppraisalStandards STANDARDS = AppraisalStandards.charter(2020, "system", Instant.EPOCH);

    private final FiguresWorkbook sheets = new FiguresWorkbook();

    private static Line line(Part part, Optional<BigDecimal> entered) {
        return new Line(part, STANDARDS.threshold(part), entered);
    }

    private byte[] template() {
        return sheets.write(Q1, List.of(line(Part.CUSTOMER_SATISFACTION, Optional.of(new BigDecimal("91.3"))),
                line(Part.MAJOR_ACCIDENTS, Optional.empty()),
                line(Part.RISK_INCIDENCE, Optional.empty())));
    }

    /** Opens the workbook, lets the "user" change its sheet, saves it. */
    private static byte[] filledIn(byte[] workbook, Consumer<XSSFWorkbook> edit) throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); var out = new ByteArrayOutputStream()) {
            edit.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void the_sheet_names_each_part_in_both_languages_with_its_code_and_the_figure_entered_now() throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026");
            var first = sheet.getRow(3);
            assertThat(first.getCell(FiguresWorkbook.CODE).getStringCellValue()).isEqualTo("CUSTOMER_SATISFACTION");
            assertThat(first.getCell(1).getStringCellValue()).contains("客户满意度").containsIgnoringCase("satisfaction");
            assertThat(first.getCell(FiguresWorkbook.VALUE).getNumericCellValue()).isEqualTo(91.3);
            assertThat(sheet.getRow(4).getCell(FiguresWorkbook.VALUE)).isNull();
        }
    }

    @Test
    void figures_typed_in_excel_are_read_back_as_plain_decimals_or_as_the_text_typed() throws IOException {
        var file = filledIn(template(), book -> {
            var sheet = book.getSheetAt(0);
            sheet.getRow(3).getCell(FiguresWorkbook.VALUE).setCellValue(92.5);
            sheet.getRow(4).createCell(FiguresWorkbook.VALUE).setCellValue(0);
            sheet.getRow(5).createCell(FiguresWorkbook.VALUE).setCellValue("1,6"); // a decimal comma, as text
        });

        assertThat(sheets.read(file)).containsExactly(new Figure(4, Part.CUSTOMER_SATISFACTION, "92.5"),
                new Figure(5, Part.MAJOR_ACCIDENTS, "0"), new Figure(6, Part.RISK_INCIDENCE, "1,6"));
    }

    @Test
    void a_row_whose_code_is_not_a_part_is_refused_naming_the_row() throws IOException {
        var file = filledIn(template(), book -> {
            var row = book.getSheetAt(0).createRow(7);
            row.createCell(FiguresWorkbook.CODE).setCellValue("PROFIT");
            row.createCell(FiguresWorkbook.VALUE).setCellValue(3);
        });

        assertThatThrownBy(() -> sheets.read(file)).isInstanceOfSatisfying(InvalidValue.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.unknown-part");
            assertThat(refused.arguments()).containsExactly(8, "PROFIT");
        });
    }

    @Test
    void a_file_that_is_no_workbook_and_a_sheet_of_too_many_rows_are_refused() throws IOException {
        assertThatThrownBy(() -> sheets.read("case_id,step\n1,A\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidValue.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.not-a-workbook"));

        var oversized = filledIn(template(), book -> book.getSheetAt(0).createRow(FigureSheets.MAX_ROWS + 5)
                .createCell(0).setCellValue("note"));
        assertThatThrownBy(() -> sheets.read(oversized)).isInstanceOfSatisfying(InvalidValue.class, refused ->
                assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.too-many-rows"));
    }
}
