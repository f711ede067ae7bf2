package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.upload.Upload;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The execution records page (compliance/records): the documented format for everyone who may read
 * it, the import with its result or the refusal with the line for the manager and specialist, and
 * the stored processes. Uploads go through the Upload component; the import then runs on its
 * background thread and the test lets the UI take the updates until the outcome is shown.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ExecutionRecordsViewIT extends ViewTest {

    static final String HEADER = "case_id,process_code,step_code,actor_role,occurred_at\r\n";

    @Autowired
    ImportExecutionRecords imports;
    @Autowired
    ImportRuns importRuns;

    private final String process = "VIEW_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
            .toUpperCase(Locale.ROOT);

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private void open() {
        UI.getCurrent().navigate("compliance/records");
    }

    private String csv() {
        return HEADER
                + "C1," + process + ",REGISTER,CLERK,2026-07-01T09:30:00+08:00\r\n"
                + "C1," + process + ",RESOLVE,AGENT,2026-07-02T10:00:00+08:00\r\n"
                + "C2," + process + ",REGISTER,CLERK,2026-07-03T09:30:00+08:00\r\n";
    }

    private void upload(String fileName, byte[] content) {
        test($(Upload.class).id("records-upload")).upload(fileName, "text/csv", content);
        awaitOutcome();
    }

    /** Lets the UI run the updates the background import sends, until its result is shown. */
    private void awaitOutcome() {
        BackgroundOutcome.await(() -> !$(Div.class).id("records-result").getChildren().toList().isEmpty());
    }

    private String resultText() {
        return $(Div.class).id("records-result").getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> processes() {
        return (Grid<Object>) $(Grid.class).id("records-processes");
    }

    private List<String> processRow(String code) {
        var grid = processes();
        return IntStream.range(0, test(grid).size()).mapToObj(i -> rowTexts(grid, i))
                .filter(row -> row.getFirst().equals(code)).findFirst().orElse(List.of());
    }

    private static byte[] gzip(String text) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_reads_the_format_and_the_stored_processes_but_cannot_import() {
        open();
        assertThat($(H2.class).first().getText()).isEqualTo("执行记录");
        var format = $(Details.class).id("records-format");
        assertThat(format.getSummaryText()).isEqualTo("文件格式（CSV、Excel）");
        assertThat(format.getElement().getTextRecursively())
                .contains("case_id", "process_code", "step_code", "actor_role", "occurred_at",
                        "2026-07-01T09:30:00+08:00", "RFC 4180");
        assertThat($(Upload.class).withId("records-upload").exists()).isFalse();
        assertThat(processes().getColumns()).hasSize(5);

        assertThatThrownBy(() -> imports.importRecords(new ByteArrayInputStream(csv().getBytes(StandardCharsets.UTF_8)),
                "x.csv", ImportProgress.NONE)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_manager_imports_a_file_sees_the_counts_and_the_process_and_a_re_import_adds_nothing() {
        open();
        assertThat(processRow(process)).isEmpty();

        upload("records.csv", csv().getBytes(StandardCharsets.UTF_8));

        assertThat(resultText()).isEqualTo("records.csv：收到 3 条事件，新增 3 条，已存在 0 条。流程：" + process + "。");
        assertThat(processRow(process).subList(0, 3)).containsExactly(process, "2", "3");
        assertThat(processRow(process).get(3)).contains("2026");
        assertThat($(com.vaadin.flow.component.progressbar.ProgressBar.class).withId("records-progress").exists())
                .as("the progress bar is hidden again").isFalse();

        upload("records.csv", csv().getBytes(StandardCharsets.UTF_8));
        assertThat(resultText()).isEqualTo("records.csv：收到 3 条事件，新增 0 条，已存在 3 条。流程：" + process + "。");
        assertThat(processRow(process).subList(0, 3)).containsExactly(process, "2", "3");
    }

    @Test
    @WithUserDetails("specialist")
    void a_gzip_file_is_imported_too() {
        open();
        upload("records.csv.gz", gzip(csv()));
        assertThat(resultText()).contains("新增 3 条");
        assertThat(processRow(process)).isNotEmpty();
    }

    /** The CSV's rows as the first sheet of a workbook, and a bad time in Excel's row 3. */
    private byte[] workbook(boolean badTime) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var lines = csv().split("\r\n");
            for (int r = 0; r < lines.length; r++) {
                var fields = lines[r].split(",");
                var row = sheet.createRow(r);
                for (int c = 0; c < fields.length; c++) {
                    row.createCell(c).setCellValue(badTime && r == 2 && c == 4 ? "2026-07-02 10:00" : fields[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @WithUserDetails("specialist")
    void an_excel_workbook_is_imported_by_the_same_rules_naming_its_row() {
        open();
        upload("records.xlsx", workbook(true));
        assertThat(resultText()).isEqualTo(
                "文件未导入（第 3 行）：“2026-07-02 10:00”不是带时区偏移的 ISO-8601 时间（如 2026-07-01T09:30:00+08:00）。");
        assertThat(processRow(process)).isEmpty();

        upload("records.xlsx", workbook(false));
        assertThat(resultText()).contains("新增 3 条");
        assertThat(processRow(process)).isNotEmpty();
    }

    @Test
    void a_bad_row_refuses_the_whole_file_with_its_line_and_nothing_is_stored() {
        open();
        var bad = csv() + "C3," + process + ",REGISTER,CLERK,2026-07-04 09:30\r\n";

        upload("bad.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(resultText()).isEqualTo(
                "文件未导入（第 5 行）：“2026-07-04 09:30”不是带时区偏移的 ISO-8601 时间（如 2026-07-01T09:30:00+08:00）。");
        assertThat(processRow(process)).isEmpty();
    }

    @Test
    void a_binary_or_empty_file_is_refused_with_a_reason() {
        open();
        upload("logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        assertThat(resultText()).isEqualTo("文件未导入（第 1 行）：无法识别的编码：不是 UTF-8 文本（二进制文件或其他字符集）。");

        upload("empty.csv", new byte[0]);
        assertThat(resultText()).isEqualTo("文件未导入（第 1 行）：文件为空。");
    }

    @Test
    void the_latest_imports_show_who_ran_them_by_name_and_an_interrupted_one_says_so_in_the_users_language() {
        var interrupted = UUID.randomUUID();
        importRuns.begin(new ImportRun(interrupted, "interrupted-" + process + ".csv", "manager", Instant.now(),
                ImportState.RUNNING, Instant.now(), "gone-instance:1", Optional.empty(), Optional.empty(), 0, 0, 0));
        importRuns.fail(interrupted, Instant.now(), RunHeartbeat.INTERRUPTED);
        open();

        upload(process + ".csv", csv().getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        var grid = (Grid<Object>) $(Grid.class).id("records-imports");
        var rows = IntStream.range(0, test(grid).size()).mapToObj(i -> rowTexts(grid, i)).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 4))
                .containsExactly(process + ".csv", "李明", "已完成：3 条事件，新增 3 条"));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 4))
                .containsExactly("interrupted-" + process + ".csv", "李明",
                        "失败，未保存任何数据：已中断：运行期间服务器停止"));
    }
}
