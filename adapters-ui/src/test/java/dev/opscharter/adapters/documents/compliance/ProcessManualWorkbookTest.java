package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.adapters.documents.shared.MixedScripts;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ManualFileRejected.Problem;
import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The process manual as a workbook: what is written reads back, and every problem names its row. */
class ProcessManualWorkbookTest {

    private static ProcessStep step(String code, boolean mandatory, Set<String> roles, Optional<Duration> limit) {
        return new ProcessStep(new StepCode(code), new BilingualName("步骤" + code, "Step " + code), mandatory, roles,
                limit);
    }

    private static final ProcessVersion FIRST = new ProcessVersion(1, LocalDate.of(2010, 10, 1), List.of(
            step("CONFIRMATION_OF_RECEIPT", true, Set.of("GROUP_1", "UNKNOWN"), Optional.empty()),
            step("T02_CHECK", false, Set.of("Area manager", "区域经理"), Optional.of(Duration.ofMinutes(90))),
            step("T10_END", true, Set.of("GROUP_1"), Optional.of(Duration.ofSeconds(45)))),
            Optional.of(Duration.ofHours(36)), Set.of(new StepCode("T10_END"), new StepCode("T02_CHECK")),
            LimitBasis.CALENDAR);

    /** A sheet of rows given as {column: value} in the header's order. */
    private static byte[] sheet(List<String> header, List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    var value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dates);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Problem> problems(byte[] file) {
        var rejected = catchThrowableOfType(ManualFileRejected.class, () -> ProcessManualWorkbook.read(file));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.problems();
    }

    @Test
    void what_is_written_reads_back_as_the_same_manual() throws IOException {
        var second = new ProcessVersion(2, LocalDate.of(2027, 1, 1), FIRST.steps().subList(0, 1), Optional.empty(),
                Set.of(new StepCode("CONFIRMATION_OF_RECEIPT")), LimitBasis.WORKING);
        var receipt = new Process(ProcessId.random(), new ProcessCode("RECEIPT"),
                new BilingualName("收件 \"许可\"", "Receipt: permit # 1"), List.of(FIRST, second), 3);
        var fines = Process.define(new ProcessCode("TRAFFIC_FINE"), new BilingualName("交通罚款", "Traffic fines"),
                new ProcessVersion(1, LocalDate.of(2000, 1, 1), List.of(step("CREATE_FINE", true, Set.of("POLICE"),
                        Optional.of(Duration.ofDays(400)))), Optional.of(Duration.ofDays(3650)),
                        Set.of(new StepCode("CREATE_FINE")), LimitBasis.CALENDAR));

        var file = ProcessManualWorkbook.write(List.of(receipt, fines));
        var back = ProcessManualWorkbook.read(file);

        assertThat(back).extracting(ImportedProcess::code).containsExactly(receipt.code(), fines.code());
        assertThat(back.getFirst().name()).isEqualTo(receipt.name());
        assertThat(back.getFirst().line()).isEqualTo(2);
        assertThat(back.getFirst().versions()).extracting(v -> v.draft().sameAs(FIRST), v -> v.line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 2),
                        org.assertj.core.groups.Tuple.tuple(false, 5));
        assertThat(back.getFirst().versions().get(1).draft().sameAs(second)).isTrue();
        assertThat(back.get(1).versions().getFirst().draft().sameAs(fines.latest())).isTrue();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("运营流程手册");
        }
    }

    @Test
    void a_name_mixing_chinese_with_dots_dashes_and_signs_is_written_and_read_back_exactly() throws IOException {
        var mixed = Process.define(new ProcessCode("MIXED"),
                new BilingualName(MixedScripts.TEXT, "Quality · East — ≥ 95 %"), FIRST);

        var file = ProcessManualWorkbook.write(List.of(mixed));

        assertThat(MixedScripts.workbookTexts(file)).contains(MixedScripts.TEXT, "Quality · East — ≥ 95 %");
        assertThat(ProcessManualWorkbook.read(file).getFirst().name()).isEqualTo(mixed.name());
    }

    @Test
    void columns_in_any_order_a_date_cell_and_version_columns_only_on_its_first_row_are_read() {
        var header = List.of("step_code", "备注", "effective_from", "process_code", "process_name_zh",
                "process_name_en", "basis", "end_steps", "step_name_zh", "step_name_en", "roles", "mandatory", "limit");
        var file = sheet(header, List.<List<Object>>of(
                List.of("REGISTER", "x", LocalDate.of(2026, 7, 1), "COMPLAINT", "投诉", "Complaints", "working",
                        "CLOSE", "登记", "Register", "CS_AGENT", "", ""),
                List.of("CLOSE", "", "2026-07-01", "COMPLAINT", "", "", "", "", "结案", "Close",
                        "CS_SUPERVISOR; OPS_MANAGER", "否", "4h")));

        var process = ProcessManualWorkbook.read(file).getFirst();

        var draft = process.versions().getFirst().draft();
        assertThat(draft.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(draft.basis()).isEqualTo(LimitBasis.WORKING);
        assertThat(draft.endToEndLimit()).isEmpty();
        assertThat(draft.steps()).extracting(ProcessStep::mandatory).containsExactly(true, false);
        assertThat(draft.steps().get(1).responsibleRoles()).containsExactlyInAnyOrder("CS_SUPERVISOR", "OPS_MANAGER");
        assertThat(draft.steps().get(1).limit()).contains(Duration.ofHours(4));
    }

    @Test
    void each_problem_names_its_row_and_column() {
        var header = List.of("process_code", "process_name_zh", "process_name_en", "effective_from", "basis",
                "end_to_end_limit", "end_steps", "step_code", "step_name_zh", "step_name_en", "mandatory", "roles",
                "limit");
        var file = sheet(header, List.<List<Object>>of(
                List.of("P", "流程", "Process", "2026-07-01", "calendar", "72h", "B", "A", "甲", "A", "TRUE", "R", ""),
                List.of("P", "", "", "2026-07-01", "working", "", "", "B", "乙", "B", "maybe", "R", "3 weeks"),
                List.of("P", "", "", "July 1st", "calendar", "", "", "C", "丙", "C", "TRUE", "R", "")));

        assertThat(problems(file)).extracting(Problem::line, Problem::where, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "basis", "compliance.manual.workbook.differs"),
                org.assertj.core.groups.Tuple.tuple(3, "mandatory", "compliance.manual.yaml.expected-boolean"),
                org.assertj.core.groups.Tuple.tuple(3, "limit", "compliance.manual.yaml.duration"),
                org.assertj.core.groups.Tuple.tuple(4, "effective_from", "compliance.manual.yaml.date"));
        assertThat(problems(sheet(List.of("process_code", "step_code"), List.of())))
                .extracting(Problem::line, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "compliance.manual.workbook.missing-column"));
        assertThat(problems("format: 1".getBytes(StandardCharsets.UTF_8))).extracting(Problem::messageKey)
                .containsExactly("compliance.manual.workbook.not-a-workbook");
    }

    @Test
    void names_and_roles_that_look_like_formulas_are_written_as_text() throws IOException {
        var hostile = new ProcessVersion(1, LocalDate.of(2026, 1, 1), List.of(new ProcessStep(new StepCode("S1"),
                new BilingualName("=cmd|' /C calc'!A0", "@SUM(1+1)"), true, Set.of("+ROLE", "-1"), Optional.empty())),
                Optional.empty(), Set.of(new StepCode("S1")), LimitBasis.CALENDAR);
        var process = Process.define(new ProcessCode("INJECTION"),
                new BilingualName("=HYPERLINK(\"http://evil.example/\",\"x\")", "+1+1"), hostile);

        var file = ProcessManualWorkbook.write(List.of(process));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var texts = new ArrayList<String>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isEqualTo(CellType.STRING);
                texts.add(cell.getStringCellValue());
            })));
            assertThat(texts).contains("=HYPERLINK(\"http://evil.example/\",\"x\")", "=cmd|' /C calc'!A0", "@SUM(1+1)");
        }
        assertThat(ProcessManualWorkbook.read(file).getFirst().name().chinese()).startsWith("=HYPERLINK");
    }
}
