package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive.KeptReport;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.shared.BilingualName;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection report on the check's page, as internal audit reads it: the two download links
 * and nothing to run or close; a draft while the check is open; once the manager has closed the
 * check, the very bytes kept with it. A small process and quarter of its own, checked through the
 * use case as the manager.
 */
@OpsCharterSpringTest
@WithUserDetails("auditor")
class InspectionReportViewIT extends ViewTest {

    @Autowired
    ProcessManual manual;
    @Autowired
    ExecutionRecords records;
    @Autowired
    Transactions transactions;
    @Autowired
    RunComplianceCheck run;
    @Autowired
    InspectionReportArchive archive;
    @Autowired
    UserDetailsService users;

    String process;
    CheckId check;

    @BeforeEach
    void a_small_process_checked_by_the_manager() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var checked = new CheckedProcess("RPT", new BilingualName("退货", "Returns"), Duration.ofDays(10))
                .step("T01", new BilingualName("登记", "Register"), "CLERK", null)
                .step("T04", new BilingualName("结案", "Close"), "AGENT", Duration.ofHours(48))
                .event("LATE-1", "T01", "CLERK", Duration.ZERO)
                .event("LATE-1", "T04", "AGENT", Duration.ofHours(60))
                .event("OK-1", "T01", "CLERK", Duration.ZERO)
                .event("OK-1", "T04", "AGENT", Duration.ofHours(3))
                .checkedOnDay(5, 3, new CheckedProcess.Ports(manual, records, transactions, run, users));
        process = checked.code();
        check = checked.check();
    }

    private void open() {
        UI.getCurrent().navigate("compliance/checks/" + check);
    }

    private byte[] download(String id) {
        var out = new ByteArrayOutputStream();
        test($(Anchor.class).id(id)).download(out);
        return out.toByteArray();
    }

    private static List<String> texts(byte[] xlsx) throws IOException {
        var texts = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        }
        return texts;
    }

    @Test
    void an_auditor_sees_the_report_links_and_nothing_to_run_or_close_and_downloads_a_draft_of_an_open_check()
            throws IOException {
        open();

        assertThat($(Anchor.class).id("check-report-pdf").getElement().getTextRecursively()).isEqualTo("Inspection report (PDF)");
        assertThat($(Anchor.class).id("check-report-xlsx").getElement().getTextRecursively()).isEqualTo("Inspection report (Excel)");
        assertThat($(Span.class).id("check-report-note").getText())
                .isEqualTo("While the check is open, the report is a draft written from its current results.");
        assertThat($(Button.class).withId("check-run-again").exists()).isFalse();
        assertThat($(Button.class).withId("check-close").exists()).isFalse();

        var pdf = download("check-report-pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var excel = texts(download("check-report-xlsx"));
        assertThat(excel).contains("状态 Status", "50.0%（2 个案例中 1 个合规） / 50.0% (1 of 2 cases)", process, "LATE-1",
                "退货 Returns");
        assertThat(excel).anySatisfy(t -> assertThat(t).startsWith("草稿 DRAFT — "));
        assertThat(archive.kept(check, DocumentFormat.PDF)).as("a draft is not kept").isEmpty();
    }

    @Test
    void once_the_manager_closed_the_check_the_auditor_downloads_exactly_the_files_kept_with_it() throws IOException {
        new SignedIn(users).as("manager", () -> {
            run.close(check);
            return null;
        });
        var keptPdf = archive.kept(check, DocumentFormat.PDF).orElseThrow();
        var keptExcel = archive.kept(check, DocumentFormat.EXCEL).orElseThrow();
        open();

        assertThat($(Span.class).id("check-report-note").getText())
                .isEqualTo("The report was kept with the check when it closed and no longer changes.");
        assertThat($(Button.class).withId("check-run-again").exists()).isFalse();
        var first = download("check-report-pdf");
        var again = download("check-report-pdf");
        assertThat(first).isEqualTo(keptPdf.content()).isEqualTo(again);
        assertThat(KeptReport.sha256(first)).isEqualTo(keptPdf.sha256());
        var excel = download("check-report-xlsx");
        assertThat(excel).isEqualTo(keptExcel.content());
        assertThat(texts(excel)).noneSatisfy(t -> assertThat(t).contains("DRAFT"))
                .anySatisfy(t -> assertThat(t).startsWith("已于 ").contains(" by 李明"));
        assertThat(keptPdf.generatedAt()).isBefore(Instant.now().plusSeconds(1));
    }
}
