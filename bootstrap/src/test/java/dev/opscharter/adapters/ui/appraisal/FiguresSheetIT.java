package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures screen's Excel round trip on PostgreSQL, as the manager does it: download the sheet,
 * fill it in, upload it into the screen, check, save — all or none, like typed figures.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class FiguresSheetIT extends AppraisalViewTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void a_sheet_downloaded_filled_in_and_uploaded_fills_the_fields_and_is_saved_with_the_form() throws IOException {
        var quarter = new Period.Quarter(2004, 2);
        entered("manager", Part.CUSTOMER_SATISFACTION, quarter, new Measurement.Amount(new BigDecimal("90")),
                Optional.empty());
        open(quarter);
        click("scorecard-enter-figures");

        var sheet = download();
        byte[] filledIn;
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(sheet)); var out = new ByteArrayOutputStream()) {
            var rows = book.getSheetAt(0);
            for (var row : rows) {
                var code = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                switch (code) {
                    case "CUSTOMER_SATISFACTION" -> {
                        assertThat(row.getCell(4).getNumericCellValue()).as("entered now").isEqualTo(90.0);
                        row.getCell(4).setCellValue(92.5);
                    }
                    case "MAJOR_ACCIDENTS" -> row.createCell(4).setCellValue(0);
                    case "CORE_STAFF_RETENTION" -> throw new AssertionError("counted from records, not on the sheet");
                    default -> { }
                }
            }
            book.write(out);
            filledIn = out.toByteArray();
        }
        test($(Upload.class).id("figures-sheet-upload")).upload("figures.xlsx", XLSX, filledIn);

        assertThat(textField("figures-CUSTOMER_SATISFACTION").getValue()).isEqualTo("92.5");
        assertThat(textField("figures-MAJOR_ACCIDENTS").getValue()).isEqualTo("0");
        assertThat(notifications()).anyMatch(text -> text.startsWith("已从工作簿填入 2 项数据"));
        assertThat(scorecards.manualEntry(Part.MAJOR_ACCIDENTS, quarter)).as("nothing stored by the upload").isEmpty();

        var dialog = dialog("figures-dialog");
        test($(TextArea.class).id("figures-reason")).setValue("季度经营分析会数据（Excel）");
        click("figures-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(scorecards.manualEntry(Part.CUSTOMER_SATISFACTION, quarter).orElseThrow().measurement())
                .isEqualTo(new Measurement.Amount(new BigDecimal("92.5")));
        assertThat(scorecards.manualEntry(Part.MAJOR_ACCIDENTS, quarter)).isPresent();
    }

    @Test
    void a_file_that_is_no_sheet_of_figures_is_refused_in_words_and_leaves_the_fields_as_they_were() {
        var quarter = new Period.Quarter(2004, 3);
        open(quarter);
        click("scorecard-enter-figures");
        test(textField("figures-CUSTOMER_SATISFACTION")).setValue("88");

        test($(Upload.class).id("figures-sheet-upload")).upload("records.xlsx", XLSX,
                "case_id,step\n1,A\n".getBytes(StandardCharsets.UTF_8));

        assertThat(notifications()).anyMatch(text -> text.startsWith("该文件不是 Excel 工作簿"));
        assertThat(textField("figures-CUSTOMER_SATISFACTION").getValue()).isEqualTo("88");
    }

    private byte[] download() {
        var out = new ByteArrayOutputStream();
        test($(Anchor.class).id("figures-sheet-download")).download(out);
        return out.toByteArray();
    }
}
