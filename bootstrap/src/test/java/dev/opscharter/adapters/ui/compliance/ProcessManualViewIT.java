package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.opscharter.adapters.documents.compliance.ProcessManualWorkbook;
import dev.opscharter.adapters.documents.compliance.ProcessManualYaml;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.compliance.port.in.ProcessManualQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process manual page (compliance/manual) and its print page on the shared database, where the
 * demo manual is seeded. Tests that change the manual make processes with codes of their own.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ProcessManualViewIT extends ViewTest {

    private static final List<String> DEMO = List.of("COMPLAINT_HANDLING", "IT_INCIDENT", "LOAN_APPLICATION",
            "RECEIPT", "TRAFFIC_FINE");

    @Autowired
    ProcessManualQueries queries;

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private void open() {
        UI.getCurrent().navigate("compliance/manual");
    }

    @SuppressWarnings("unchecked")
    private Grid<Process> processes() {
        return (Grid<Process>) $(Grid.class).id("manual-processes");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> steps() {
        return (Grid<Object>) $(Grid.class).id("manual-steps");
    }

    private int row(String code) {
        var grid = test(processes());
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).code().value().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not listed"));
    }

    private String cell(Grid<?> grid, int row, String key) {
        return test(grid).getCellText(row, test(grid).getColumnPosition(key));
    }

    private static String freshCode() {
        return "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private Optional<Process> stored(String code) {
        return SystemTasks.asSystem(() -> queries.processes().stream()
                .filter(p -> p.code().value().equals(code)).findFirst());
    }

    private void upload(String yaml) {
        test($(Upload.class).id("manual-import")).upload("manual.yaml", "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> importProblems() {
        return $(ListItem.class).from($(UnorderedList.class).id("manual-import-problem-list")).all().stream()
                .map(ListItem::getText).toList();
    }

    @Test
    @WithUserDetails("auditor")
    void the_demo_manual_lists_the_processes_with_the_version_in_force_and_the_steps_of_the_selected_one() {
        open();

        var grid = processes();
        assertThat(((HasDynamicTitle) UI.getCurrent().getCurrentView()).getPageTitle()).isEqualTo("运营流程手册");
        int complaints = row("COMPLAINT_HANDLING");
        assertThat(cell(grid, complaints, "name")).isEqualTo("投诉处理流程");
        assertThat(cell(grid, complaints, "inForce")).startsWith("第 2 版");
        assertThat(cell(grid, complaints, "versions")).isEqualTo("2");
        assertThat(cell(grid, row("RECEIPT"), "steps")).isEqualTo("6");

        test(grid).select(complaints);
        assertThat($(H3.class).id("manual-process-title").getText()).isEqualTo("投诉处理流程 · COMPLAINT_HANDLING");
        assertThat($(Span.class).id("manual-version-state").getText()).isEqualTo("现行");
        assertThat($(Span.class).id("manual-end-to-end").getText()).isEqualTo("全流程时限：48 小时");
        assertThat($(Span.class).id("manual-end-steps").getText()).isEqualTo("结束步骤：CLOSE_COMPLAINT");
        assertThat($(Span.class).id("manual-basis").getText()).isEqualTo("时限按工作时间计算");
        var steps = steps();
        assertThat(test(steps).size()).isEqualTo(9);
        assertThat(rowTexts(steps, 0)).containsExactly("1", "REGISTER_COMPLAINT", "登记投诉", "必经", "CS_AGENT", "无时限");
        assertThat(rowTexts(steps, 2)).containsExactly("3", "CONTACT_CUSTOMER", "首次联系客户", "必经",
                "CS_AGENT, OPS_SPECIALIST", "2 小时");
        assertThat(rowTexts(steps, 8)).containsExactly("9", "SATISFACTION_FOLLOW_UP", "满意度回访", "可选", "CS_AGENT",
                "24 小时");

        @SuppressWarnings("unchecked")
        Select<Object> versions = (Select<Object>) $(Select.class).id("manual-version");
        var first = ((Process) test(grid).getRow(complaints)).versions().getFirst();
        test(versions).selectItem(versions.getItemLabelGenerator().apply(first));
        assertThat($(Span.class).id("manual-version-state").getText()).isEqualTo("已废止");
        assertThat(test(steps()).size()).isEqualTo(8);

        assertThat($(com.vaadin.flow.component.button.Button.class).withId("manual-define").exists()).isFalse();
        assertThat($(Upload.class).withId("manual-import").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("manual-add-version").exists()).isFalse();
        assertThat($(Anchor.class).id("manual-export").isVisible()).isTrue();
        assertThat($(Anchor.class).id("manual-print").getHref()).isEqualTo("compliance/manual/print");
    }

    @Test
    void the_manager_defines_a_process_with_steps_in_the_editor() {
        open();
        var code = freshCode();
        click("manual-define");

        textField("process-code").setValue(code);
        textField("process-name-zh").setValue("退货处理流程");
        textField("process-name-en").setValue("Returns handling");
        $(NumberField.class).id("process-end-to-end-limit").setValue(72.0);
        textField("step-code-1").setValue("RECEIVE_RETURN");
        textField("step-name-zh-1").setValue("接收退货");
        textField("step-name-en-1").setValue("Receive the return");
        textField("step-roles-1").setValue("WAREHOUSE, CS_AGENT");
        $(Checkbox.class).id("step-end-1").setValue(false);
        click("process-add-step");
        textField("step-code-2").setValue("REFUND");
        textField("step-name-zh-2").setValue("退款");
        textField("step-name-en-2").setValue("Refund");
        textField("step-roles-2").setValue("FINANCE");
        $(NumberField.class).id("step-limit-2").setValue(24.0);
        $(Checkbox.class).id("step-end-2").setValue(true);
        click("process-add-step");
        textField("step-code-3").setValue("INSPECT");
        textField("step-name-zh-3").setValue("质检");
        textField("step-name-en-3").setValue("Inspect");
        textField("step-roles-3").setValue("QA");
        $(Checkbox.class).id("step-mandatory-3").setValue(false);
        click("step-up-3");
        click("manual-define-save");

        var process = stored(code).orElseThrow();
        assertThat(process.name().english()).isEqualTo("Returns handling");
        var version = process.latest();
        assertThat(version.steps()).extracting(s -> s.code().value()).containsExactly("RECEIVE_RETURN", "INSPECT",
                "REFUND");
        assertThat(version.steps().get(0).responsibleRoles()).containsExactlyInAnyOrder("WAREHOUSE", "CS_AGENT");
        assertThat(version.steps().get(1).mandatory()).isFalse();
        assertThat(version.steps().get(2).limit()).contains(java.time.Duration.ofHours(24));
        assertThat(version.endToEndLimit()).contains(java.time.Duration.ofHours(72));
        assertThat(version.endSteps()).extracting(s -> s.value()).containsExactly("REFUND");
        assertThat($(H3.class).id("manual-process-title").getText()).endsWith(code);
        assertThat(notifications()).contains("流程手册已保存。");
    }

    @Test
    void a_step_the_domain_refuses_shows_on_its_field_and_nothing_is_saved() {
        open();
        var code = freshCode();
        click("manual-define");
        textField("process-code").setValue(code);
        textField("process-name-zh").setValue("测试");
        textField("process-name-en").setValue("Test");
        textField("step-code-1").setValue("only step");
        textField("step-name-zh-1").setValue("唯一");
        textField("step-name-en-1").setValue("Only");
        textField("step-roles-1").setValue("X");
        click("manual-define-save");

        assertThat(textField("step-code-1").isInvalid()).isTrue();
        assertThat(textField("step-code-1").getErrorMessage()).contains("only step");
        assertThat(stored(code)).isEmpty();
    }

    @Test
    void the_manager_adds_a_version_from_the_latest_one_with_a_step_removed() {
        var code = freshCode();
        open();
        upload(minimalManual(code, "2020-01-01"));
        test(processes()).select(row(code));
        click("manual-add-version");

        assertThat(textField("step-code-1").getValue()).isEqualTo("START");
        click("process-add-step");
        textField("step-code-3").setValue("CHECK");
        textField("step-name-zh-3").setValue("检查");
        textField("step-name-en-3").setValue("Check");
        textField("step-roles-3").setValue("OPS_SPECIALIST");
        click("step-up-3");
        click("process-add-step");
        textField("step-code-4").setValue("NOT_WANTED");
        click("step-remove-4");
        click("manual-version-save");

        var process = stored(code).orElseThrow();
        assertThat(process.versions()).hasSize(2);
        assertThat(process.latest().steps()).extracting(s -> s.code().value()).containsExactly("START", "CHECK",
                "FINISH");
        assertThat(process.latest().effectiveFrom()).isEqualTo(queries.today());
        assertThat($(Span.class).id("manual-version-state").getText()).isEqualTo("现行");
    }

    @Test
    void the_manager_renames_a_process_and_keeps_its_versions() {
        var code = freshCode();
        open();
        upload(minimalManual(code, "2020-01-01"));
        test(processes()).select(row(code));
        click("manual-rename");

        textField("rename-name-zh").setValue("改名后的流程");
        textField("rename-name-en").setValue("Renamed process");
        click("manual-rename-save");

        var process = stored(code).orElseThrow();
        assertThat(process.name().chinese()).isEqualTo("改名后的流程");
        assertThat(process.versions()).hasSize(1);
        assertThat(cell(processes(), row(code), "name")).isEqualTo("改名后的流程");
    }

    @Test
    void a_file_with_problems_is_rejected_with_the_lines_and_nothing_changes() {
        open();
        var code = freshCode();
        int before = test(processes()).size();

        upload(minimalManual(code, "2020-01-01").replace("limit: 4h", "limit: soon")
                .replace("roles: [OPS_SPECIALIST]", "roles: [OPS_SPECIALIST]\n            colour: red"));

        assertThat($(Span.class).id("manual-import-rejected").getText()).isEqualTo("文件未导入，未作任何更改。");
        assertThat(importProblems()).anySatisfy(p -> assertThat(p).startsWith("第 ").contains("colour"))
                .anySatisfy(p -> assertThat(p).contains("“soon”不是有效时限"));
        assertThat(stored(code)).isEmpty();
        assertThat(test(processes()).size()).isEqualTo(before);
    }

    @Test
    void a_differing_version_in_the_past_is_rejected_as_a_whole_with_its_line() {
        var code = freshCode();
        var other = freshCode();
        open();
        upload(minimalManual(code, "2020-01-01"));

        upload(minimalManual(other, "2020-01-01") + minimalManual(code, "2021-01-01").lines().skip(2)
                .map(l -> l + "\n").reduce("", String::concat));

        assertThat(importProblems()).singleElement().asString().startsWith("第 23 行：")
                .contains("2021-01-01");
        assertThat(stored(other)).isEmpty();
        assertThat(stored(code).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void the_exported_file_imports_again_without_changing_anything() {
        var code = freshCode();
        open();
        upload(minimalManual(code, "2020-01-01"));

        var exported = ProcessManualYaml.read(exportedBytes());
        assertThat(exported).extracting(p -> p.code().value()).contains(code).containsAll(DEMO);

        upload(new String(exportedBytes(), StandardCharsets.UTF_8));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("导入完成：新建 0 个，新增版本 0 个，重命名 0 个"));
        assertThat($(Div.class).withId("manual-import-problems").exists()).as("no problems shown").isFalse();
        assertThat(stored(code).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void the_excel_export_imports_again_without_changing_anything_and_a_bad_row_is_named() throws Exception {
        var code = freshCode();
        open();
        upload(minimalManual(code, "2020-01-01"));
        var link = $(Anchor.class).id("manual-export-excel");
        var out = new java.io.ByteArrayOutputStream();
        test(link).download(out);
        var workbook = out.toByteArray();
        assertThat(ProcessManualWorkbook.read(workbook)).extracting(p -> p.code().value()).contains(code);

        test($(Upload.class).id("manual-import")).upload("manual.xlsx", ManualFormat.XLSX.contentType(), workbook);
        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("导入完成：新建 0 个，新增版本 0 个，重命名 0 个"));
        assertThat(stored(code).orElseThrow().versions()).hasSize(1);

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var sheet = book.getSheetAt(0);
            sheet.getRow(2).getCell(ProcessManualWorkbook.COLUMNS.indexOf("limit")).setCellValue("soon");
            var bad = new java.io.ByteArrayOutputStream();
            book.write(bad);
            test($(Upload.class).id("manual-import")).upload("manual.xlsx", ManualFormat.XLSX.contentType(),
                    bad.toByteArray());
        }
        assertThat(importProblems()).containsExactly("第 3 行：limit: “soon”不是有效时限，应如 30m、72h 或 5d。");
    }

    private byte[] exportedBytes() {
        return queries.exportFile(ManualFormat.YAML);
    }

    @Test
    @WithUserDetails("specialist")
    void the_print_page_shows_every_process_in_force_as_a_plain_table() {
        UI.getCurrent().navigate("compliance/manual/print");

        assertThat($(H1.class).id("manual-print-title").getText()).isEqualTo("运营流程手册（打印版）");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("manual-print-button").getText())
                .isEqualTo("打印");
        var receipt = $(Div.class).id("print-receipt");
        var table = $(NativeTable.class).from(receipt).first();
        var rows = table.getBody().getChildren().toList();
        assertThat(rows).hasSize(6);
        assertThat(rows.getFirst().getElement().getTextRecursively()).contains("CONFIRMATION_OF_RECEIPT")
                .contains("GROUP_1, UNKNOWN");
        assertThat($(Div.class).id("print-complaint-handling").getElement().getTextRecursively())
                .contains("第 2 版").contains("SATISFACTION_FOLLOW_UP");
    }

    @Test
    @WithUserDetails("director")
    void the_example_file_in_the_docs_is_the_demo_manual() throws Exception {
        var file = Path.of("..", "docs", "process-manual-example.yaml");
        var example = ProcessManualYaml.read(Files.readAllBytes(file));

        assertThat(example).extracting(p -> p.code().value()).containsExactlyElementsOf(DEMO);
        for (var imported : example) {
            var process = stored(imported.code().value()).orElseThrow();
            assertThat(process.name()).isEqualTo(imported.name());
            assertThat(imported.versions()).hasSameSizeAs(process.versions());
            for (int i = 0; i < imported.versions().size(); i++) {
                VersionDraft draft = imported.versions().get(i).draft();
                assertThat(draft.sameAs(process.versions().get(i))).as(imported.code() + " v" + (i + 1)).isTrue();
            }
        }
        assertThat(stored(new ProcessCode("COMPLAINT_HANDLING").value())).isPresent();
    }

    /** A process with two steps and one version, as a manual file. */
    private static String minimalManual(String code, String effectiveFrom) {
        return """
                format: 1
                processes:
                  - code: %s
                    name: {zh: "测试流程", en: "Test process"}
                    versions:
                      - effective_from: %s
                        basis: calendar
                        end_to_end_limit: 2d
                        end_steps: [FINISH]
                        steps:
                          - code: START
                            name: {zh: 开始, en: Start}
                            mandatory: true
                            roles: [OPS_SPECIALIST]
                          - code: FINISH
                            name: {zh: 完成, en: Finish}
                            mandatory: true
                            roles: [OPS_MANAGER]
                            limit: 4h
                """.formatted(code, effectiveFrom);
    }
}
