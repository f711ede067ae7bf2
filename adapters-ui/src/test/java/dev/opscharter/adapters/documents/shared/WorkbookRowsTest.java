package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
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

    @Test
    void cell_references_past_the_last_column_are_no_cells_whatever_their_length() {
        assertThat(WorkbookRows.column("XFD1", 0)).isEqualTo(16_383);
        assertThat(WorkbookRows.column("XFE1", 0)).isEqualTo(-1);
        assertThat(WorkbookRows.column("ZZZZZZ2", 0)).isEqualTo(-1);
        assertThat(WorkbookRows.column("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1", 0)).isEqualTo(-1);
    }

    /** A workbook whose first sheet is the given XML, written as Excel lays it out. */
    static Path rawWorkbook(Path file, String sheetXml) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
    }

    private ImportRefused refusal(String name, String sheetXml) throws IOException {
        var file = rawWorkbook(dir.resolve(name), sheetXml);
        try {
            read(WorkbookRows.open(file));
        } catch (ImportRefused refused) {
            return refused;
        }
        throw new AssertionError(name + " was read");
    }

    @Test
    void a_cell_reference_far_to_the_right_is_refused_with_its_row_before_anything_is_allocated_for_it()
            throws IOException {
        // the 1.7 KB workbook that exhausted the heap: ZZZZZZ is column 321 million
        var refused = refusal("zzzzzz.xlsx", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>case_id</t></is></c></row>"
                + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        assertThat(refused.messageKey()).isEqualTo(WorkbookRows.CELL_REFERENCE);
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.arguments()).containsExactly("ZZZZZZ2", 1_000);

        assertThat(refusal("xfd.xlsx", sheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>")).messageKey())
                .isEqualTo(WorkbookRows.CELL_REFERENCE);
    }

    @Test
    void a_row_number_past_excels_last_row_or_not_a_number_is_refused() throws IOException {
        for (var number : List.of("1048577", "99999999999999999999999", "-1", "0", "1e9")) {
            var refused = refusal("row.xlsx", sheet("<row r=\"" + number + "\"><c><v>1</v></c></row>"));
            assertThat(refused.messageKey()).as(number).isEqualTo(WorkbookRows.CELL_REFERENCE);
            assertThat(refused.line()).as("where it stands").isEqualTo(1);
        }
    }

    @Test
    void a_dtd_is_refused_so_no_entity_is_ever_expanded_or_fetched() throws IOException {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"lol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
        assertThat(refusal("xxe.xlsx", xxe).messageKey()).isEqualTo(WorkbookRows.DTD);
        assertThat(refusal("laughs.xlsx", laughs).messageKey()).isEqualTo(WorkbookRows.DTD);
    }

    @Test
    void xml_nested_deeper_than_a_sheet_is_refused() throws IOException {
        var deep = "<x>".repeat(100) + "</x>".repeat(100);
        var refused = refusal("deep.xlsx", sheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\">" + deep + "</row>"));
        assertThat(refused.messageKey()).isEqualTo(WorkbookRows.TOO_DEEP);
        assertThat(refused.line()).isEqualTo(2);
    }

    @Test
    void a_cell_longer_than_a_field_may_be_is_refused_naming_its_column() throws IOException {
        var refused = refusal("long.xlsx", sheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>"
                + "x".repeat(ImportRows.MAX_FIELD_LENGTH + 1) + "</t></is></c></row>"));
        assertThat(refused.messageKey()).isEqualTo(WorkbookRows.FIELD_TOO_LONG);
        assertThat(refused.line()).isEqualTo(3);
        assertThat(refused.arguments()).containsExactly(2, ImportRows.MAX_FIELD_LENGTH);
    }

    @Test
    void a_zip_bomb_is_stopped_by_the_bytes_it_inflates_to() throws IOException {
        // 40 MB of rows that compress to a few hundred KB: past the floor, over a hundred times the file
        var rows = new StringBuilder();
        var row = "<row><c t=\"inlineStr\"><is><t>" + "a".repeat(200) + "</t></is></c></row>";
        while (rows.length() < 40 << 20) {
            rows.append(row);
        }
        var file = rawWorkbook(dir.resolve("bomb.xlsx"), sheet(rows.toString()));
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(WorkbookRows.open(file))).isInstanceOfSatisfying(ImportRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("imports.refused.inflation"));
    }

    @Test
    void a_zip_of_too_many_files_is_refused_before_any_is_read() throws IOException {
        var file = dir.resolve("many.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i <= WorkbookRows.MAX_ZIP_ENTRIES; i++) {
                entry(zip, "f" + i, "");
            }
        }
        assertThatThrownBy(() -> WorkbookRows.open(file)).isInstanceOfSatisfying(ImportRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo(WorkbookRows.TOO_MANY_ENTRIES));
    }
}
