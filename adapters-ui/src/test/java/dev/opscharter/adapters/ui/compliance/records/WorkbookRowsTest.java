package dev.opscharter.adapters.ui.compliance.records;

import dev.opscharter.application.compliance.ImportRefused;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first sheet of a workbook as rows of text, from files written here with POI. */
class WorkbookRowsTest {

    @TempDir
    Path dir;

    /** A sheet with a header, a row with a gap, a number and a boolean, and a row further down. */
    private Path workbook(Workbook workbook, String name) throws IOException {
        try (workbook) {
            var sheet = workbook.createSheet("事件");
            var header = sheet.createRow(0);
            var names = List.of("occurred_at", "case_id", "process_code", "step_code", "actor_role", "备注");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("2026-07-01T09:30:00+08:00");
            row.createCell(1).setCellValue("投诉-1");
            row.createCell(2).setCellValue("COMPLAINT_HANDLING");
            row.createCell(3).setCellValue("REGISTER");
            // actor_role left out: a gap
            row.createCell(5).setCellValue(42);
            row.createCell(6).setCellValue(true);
            var later = sheet.createRow(9);
            later.createCell(1).setCellValue("投诉-2");
            workbook.createSheet("second").createRow(0).createCell(0).setCellValue("not read");
            var file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static List<List<String>> read(WorkbookRows rows) {
        var all = new ArrayList<List<String>>();
        try (rows) {
            while (rows.next()) {
                var fields = new ArrayList<String>();
                for (int i = 0; i < rows.fieldCount(); i++) {
                    fields.add(rows.field(i));
                }
                fields.addFirst("#" + rows.line());
                all.add(fields);
            }
        }
        return all;
    }

    @Test
    void shared_and_inline_strings_numbers_booleans_and_gaps_read_as_text_with_excels_row_numbers()
            throws IOException {
        for (var file : List.of(workbook(new XSSFWorkbook(), "shared.xlsx"),
                workbook(new SXSSFWorkbook(), "streamed.xlsx"))) {
            assertThat(WorkbookRows.looksLikeWorkbook(file)).isTrue();

            var rows = read(WorkbookRows.open(file));

            assertThat(rows).as(file.getFileName().toString()).containsExactly(
                    List.of("#1", "occurred_at", "case_id", "process_code", "step_code", "actor_role", "备注"),
                    List.of("#2", "2026-07-01T09:30:00+08:00", "投诉-1", "COMPLAINT_HANDLING", "REGISTER", "", "42",
                            "TRUE"),
                    List.of("#10", "", "投诉-2"));
        }
    }

    @Test
    void the_progress_is_told_in_bytes_of_the_file_and_reaches_about_its_size() throws IOException {
        var file = workbook(new XSSFWorkbook(), "progress.xlsx");
        try (var rows = WorkbookRows.open(file)) {
            assertThat(rows.bytesRead()).isLessThan(Files.size(file));
            while (rows.next()) {
                assertThat(rows.bytesRead()).isPositive();
            }
            assertThat(rows.bytesRead()).isBetween(Files.size(file) / 2, Files.size(file) * 2);
        }
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_as_such() throws IOException {
        var csv = Files.writeString(dir.resolve("x.xlsx"), "case_id,process_code\n", StandardCharsets.UTF_8);
        var empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        var otherZip = dir.resolve("other.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        var truncated = dir.resolve("truncated.xlsx");
        var whole = Files.readAllBytes(workbook(new XSSFWorkbook(), "whole.xlsx"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(WorkbookRows.looksLikeWorkbook(csv)).isFalse();
        assertThat(WorkbookRows.looksLikeWorkbook(otherZip)).isTrue();
        for (var file : List.of(csv, empty, otherZip, truncated)) {
            assertThatThrownBy(() -> read(WorkbookRows.open(file))).as(file.getFileName().toString())
                    .isInstanceOfSatisfying(ImportRefused.class,
                            e -> assertThat(e.messageKey()).isEqualTo(WorkbookRows.NOT_A_WORKBOOK));
        }
    }

    @Test
    void cell_references_name_their_column() {
        assertThat(WorkbookRows.column("A1", 7)).isZero();
        assertThat(WorkbookRows.column("C12", 0)).isEqualTo(2);
        assertThat(WorkbookRows.column("AA3", 0)).isEqualTo(26);
        assertThat(WorkbookRows.column(null, 4)).isEqualTo(4);
    }
}
