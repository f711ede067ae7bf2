package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.adapters.documents.shared.EmbeddedFonts;
import dev.opscharter.adapters.documents.shared.MixedScripts;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.Closing;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.DeviatingCases;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.InspectionReport;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.RaisedAction;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.WorstCase;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CaseSpan;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection report read back with independent libraries (POI for the workbook, PDFBox for the
 * PDF): bilingual headings and labels, the rates, the findings with the actions raised for them,
 * the corrective actions with their owners, a worst case's deviations in words in both languages,
 * the draft mark while the check is open, and the deviating cases up to the cap with a note.
 */
class InspectionReportFilesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final String COMPLAINT = "COMPLAINT_HANDLING";
    static final String ORDERS = "ORDER_FULFILMENT";
    static final Instant RUN = Instant.parse("2026-07-10T02:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-07-12T03:30:00Z");
    static final Instant GENERATED = Instant.parse("2026-07-11T08:15:00Z");

    final InspectionReportFiles files = new InspectionReportFiles();

    // ---- the PDF

    @Test
    void the_pdf_has_bilingual_labels_rates_findings_actions_and_a_worst_cases_deviations_in_words() throws IOException {
        var text = pdfText(files.render(report(Optional.of(new Closing("李明", CLOSED)), 7), DocumentFormat.PDF));

        for (var expected : List.of("流程合规性检查报告", "Compliance inspection report", "2026 年第 2 季度", "Q2 2026",
                "组织", "Organization", "华东运营中心",
                "检查范围", "Scope", "全部流程", "All processes",
                "执行人", "Run by", "张晓雨", "执行时间", "Run on", "2026-07-10 10:00",
                "已于 2026-07-12 11:30 由 李明 关闭", "Closed on 2026-07-12 11:30 by 李明",
                "总体合规率", "Overall compliance rate", "46.2%", "46.2% (6 of 13 cases)",
                "合规率 Compliance rate", "案例数 Cases", "无生效版本 Without a version in force",
                "投诉处理 Complaint handling", "44.4%", "50.0%", "1,204",
                "按类型统计偏差 Deviations by type", "步骤超时 Step late", "角色不符 Wrong role",
                "检查发现 Findings", "按步骤统计偏差 Deviations by step",
                "整改措施 Corrective actions", "缩短处理时限", "王芳", "2026-07-31", "待开始 Open",
                "培训坐席", "整改中 In progress", "已逾期 overdue", "尚未提出 none raised",
                "最严重案例 Worst cases", "发生时间 When",
                "C-0042 · COMPLAINT_HANDLING 投诉处理 Complaint handling · 第 1 版 / version 1 · 开始时间 Started 2026-05-11 10:00",
                "已定义步骤首末间隔 Defined steps, first to last 1 天 7 小时 / 1 d 7 h · 偏差数 Deviations 2",
                "S2 在 S1 之后 1 天 6 小时 才出现；时限为 24 小时。", "S2 came 1 d 6 h after S1; the limit is 24 h.",
                "S3 由 CLERK 执行；手册规定的责任角色为 AGENT。", "S3 was done by CLERK; the manual assigns it to AGENT.",
                "手册中没有的流程 Processes not in the manual", "LEGACY_RETURNS",
                "判定规则 The rules")) {
            assertThat(text).as(expected).contains(squeeze(expected));
        }
        assertThat(text).doesNotContain(squeeze("草稿")).doesNotContain("DRAFT");
    }

    @Test
    void a_draft_pdf_says_so_with_its_generation_time_on_every_page() throws IOException {
        var bytes = files.render(report(Optional.empty(), 7), DocumentFormat.PDF);

        try (var pdf = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            var all = squeeze(stripper.getText(pdf));
            assertThat(all).contains(squeeze("流程合规性检查报告 Compliance inspection report · 2026 年第 2 季度 / Q2 2026 [草稿 DRAFT]"));
            assertThat(all).contains(squeeze("本报告为草稿，生成于 2026-07-11 16:15"),
                    squeeze("This report is a draft generated on 2026-07-11 16:15"),
                    squeeze("草稿 DRAFT — 检查尚未关闭，结果仍可能变化 / The check is open; its results may still change"));
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(squeeze(stripper.getText(pdf))).as("page " + page).contains(squeeze("草稿 DRAFT"));
            }
        }
    }

    @Test
    void the_pdf_embeds_a_subset_of_the_bundled_font_on_every_page() throws IOException {
        var bytes = files.render(report(Optional.of(new Closing("李明", CLOSED)), 2), DocumentFormat.PDF);

        try (var pdf = Loader.loadPDF(bytes)) {
            EmbeddedFonts.assertEveryPageEmbedsSubsetsOfTheBundledFont(pdf);
        }
    }

    @Test
    void names_mixing_chinese_with_dots_dashes_and_signs_read_back_exactly_from_the_pdf_and_the_workbook()
            throws IOException {
        var named = report(Optional.of(new Closing(MixedScripts.TEXT + "关", CLOSED)), 7);
        var report = new InspectionReport(MixedScripts.TEXT, named.zone(), named.results(), MixedScripts.TEXT + "跑",
                named.closing(), named.generatedAt(), named.correctiveActions(), named.worstCases(),
                named.deviatingCases());

        MixedScripts.assertPdfReadsBack(files.render(report, DocumentFormat.PDF), MixedScripts.TEXT,
                MixedScripts.TEXT + "跑", "由 " + MixedScripts.TEXT + "关 关闭",
                "C-0042 · COMPLAINT_HANDLING 投诉处理 Complaint handling · 第 1 版 / version 1");
        assertThat(MixedScripts.workbookTexts(files.render(report, DocumentFormat.EXCEL)))
                .contains(MixedScripts.TEXT, MixedScripts.TEXT + "跑")
                .anySatisfy(text -> assertThat(text).contains("由 " + MixedScripts.TEXT + "关 关闭"));
    }

    /** The records keep "scheduled" and "system"; the report says who they are, in both languages. */
    @Test
    void a_run_by_the_schedule_or_the_system_is_named_in_words_in_both_files() throws IOException {
        for (var actor : List.of(Actor.SCHEDULE, Actor.SYSTEM)) {
            var words = actor == Actor.SCHEDULE ? "按计划 Scheduled" : "系统 System";
            var ran = ranBy(report(Optional.empty(), 2), actor.name());

            assertThat(pdfText(files.render(ran, DocumentFormat.PDF))).as(words)
                    .contains(squeeze("执行人 Run by " + words)).doesNotContain(actor.name());
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(files.render(ran, DocumentFormat.EXCEL)))) {
                var summary = texts(workbook.getSheet("概要 Summary"));
                assertThat(summary).as(words).contains("执行人 Run by", words).doesNotContain(actor.name());
            }
        }
    }

    private static InspectionReport ranBy(InspectionReport report, String ranBy) {
        return new InspectionReport(report.organizationName(), report.zone(), report.results(), ranBy,
                report.closing(), report.generatedAt(), report.correctiveActions(), report.worstCases(),
                report.deviatingCases());
    }

    // ---- the workbook

    @Test
    void the_workbook_has_a_sheet_per_part_with_bilingual_labels_numbers_findings_and_explanations() throws IOException {
        var bytes = files.render(report(Optional.of(new Closing("李明", CLOSED)), 7), DocumentFormat.EXCEL);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("概要 Summary", "流程 Processes", "发现 Findings", "整改措施 Corrective actions",
                            "最严重案例 Worst cases", "未知流程 Unknown processes", "偏差案例 Deviating cases");

            var summary = texts(workbook.getSheet("概要 Summary"));
            assertThat(summary).contains("流程合规性检查报告 Compliance inspection report · 2026 年第 2 季度 / Q2 2026",
                    "总体合规率 Overall compliance rate", "46.2%（13 个案例中 6 个合规） / 46.2% (6 of 13 cases)",
                    "状态 Status", "已于 2026-07-12 11:30 由 李明 关闭 / Closed on 2026-07-12 11:30 by 李明",
                    "组织 Organization", "华东运营中心", "执行人 Run by", "张晓雨", "时区 Time zone", "Asia/Shanghai");

            var processes = workbook.getSheet("流程 Processes");
            assertThat(texts(processes)).contains("流程 Process", "名称 Name", "合规率 Compliance rate",
                    "投诉处理 Complaint handling", COMPLAINT, ORDERS);
            var complaint = row(processes, COMPLAINT);
            assertThat(complaint.getCell(2).getNumericCellValue()).isEqualTo(9);
            assertThat(complaint.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(complaint.getCell(4).getNumericCellValue()).isCloseTo(4.0 / 9, org.assertj.core.data.Offset
                    .offset(1e-9));
            assertThat(new DataFormatter().formatCellValue(complaint.getCell(4))).isEqualTo("44.4%");
            assertThat(complaint.getCell(5).getNumericCellValue()).isEqualTo(1204);

            var findings = texts(workbook.getSheet("发现 Findings"));
            assertThat(findings).contains("按类型统计偏差 Deviations by type", "步骤超时 Step late", "角色不符 Wrong role",
                    "检查发现 Findings · 按步骤统计偏差 Deviations by step", "S2", "S3", "（整个案例） (the case as a whole)",
                    "缩短处理时限 (待开始 Open)\n培训坐席 (整改中 In progress)", "尚未提出 none raised");

            var actions = texts(workbook.getSheet("整改措施 Corrective actions"));
            assertThat(actions).contains("发现 Finding", "负责人 Owner", "截止日期 Due",
                    "COMPLAINT_HANDLING · 步骤超时 Step late · S2", "缩短处理时限", "王芳", "2026-07-31", "待开始 Open",
                    "整改中 In progress · 已逾期 overdue");

            var worst = workbook.getSheet("最严重案例 Worst cases");
            assertThat(texts(worst)).contains("中文说明 Explanation in Chinese", "英文说明 Explanation in English",
                    "C-0042", "S2 在 S1 之后 1 天 6 小时 才出现；时限为 24 小时。",
                    "S2 came 1 d 6 h after S1; the limit is 24 h.",
                    "S3 was done by CLERK; the manual assigns it to AGENT.", "1 天 7 小时 / 1 d 7 h");

            assertThat(texts(workbook.getSheet("未知流程 Unknown processes"))).contains("LEGACY_RETURNS",
                    "以下流程代码有执行记录，但流程手册中未定义该流程：仅列出，不作判定。 / Cases of these process codes were recorded"
                            + " but the manual does not define the process: they are reported here, not judged.");

            var deviating = workbook.getSheet("偏差案例 Deviating cases");
            assertThat(deviating.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "共 7 个偏差案例，全部列出，按流程、按首个事件时间排列。 / 7 deviating cases, all listed, process by process in"
                            + " the order of their first event.");
            assertThat(deviating.getLastRowNum()).isEqualTo(1 + 7);
            assertThat(texts(deviating)).contains("C-0042", "O-0005", "O-0006", "步骤超时 Step late, 角色不符 Wrong role");
        }
    }

    @Test
    void the_deviating_cases_sheet_stops_at_the_cap_and_says_how_many_there_were() throws IOException {
        var report = report(Optional.empty(), 7);
        var bytes = InspectionReportWorkbook.write(new BilingualInspectionReport(report), 3);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var deviating = workbook.getSheet("偏差案例 Deviating cases");
            assertThat(deviating.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "共 7 个偏差案例，此处列出前 3 个，按流程、按首个事件时间排列。 / 7 deviating cases; the first 3 are listed,"
                            + " process by process in the order of their first event.");
            assertThat(deviating.getLastRowNum()).isEqualTo(1 + 3);
            assertThat(texts(workbook.getSheet("概要 Summary"))).contains(
                    "本报告为草稿，生成于 2026-07-11 16:15；检查关闭前结果仍可能变化，关闭时定稿并随检查存档。 / This report is a draft"
                            + " generated on 2026-07-11 16:15; the results may change until the check is closed, when the"
                            + " final report is kept with it.");
        }
    }

    @Test
    void the_deviating_cases_are_read_a_page_at_a_time_through_the_whole_list() throws IOException {
        var pages = new ArrayList<String>();
        var many = InspectionReportWorkbook.PAGE + 10;
        var base = report(Optional.empty(), 0);
        var results = base.results();
        var process = new ProcessResult(COMPLAINT, Optional.empty(), new Rate(0, many), many * 3L, 0,
                List.of(new TypeTally(DeviationType.CASE_LATE, many, many)), List.of());
        DeviatingCases source = (code, offset, limit) -> {
            pages.add(code + "@" + offset + "+" + limit);
            return IntStream.range(offset, Math.min(many, offset + limit))
                    .mapToObj(i -> summary(code, "D-" + i, 1, DeviationType.CASE_LATE)).toList();
        };
        var report = new InspectionReport("华东运营中心", SHANGHAI, new CheckReport(results.check(), results.run(),
                new Rate(0, many), List.of(process), results.byType(), List.of(), List.of()), "张晓雨", Optional.empty(),
                GENERATED, List.of(), List.of(), source);

        var bytes = files.render(report, DocumentFormat.EXCEL);

        assertThat(pages).containsExactly(COMPLAINT + "@0+" + InspectionReportWorkbook.PAGE,
                COMPLAINT + "@" + InspectionReportWorkbook.PAGE + "+10");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheet("偏差案例 Deviating cases").getLastRowNum()).isEqualTo(1 + many);
        }
    }

    @Test
    void a_cases_span_is_its_first_to_last_event_of_a_defined_step_and_a_case_without_one_has_none()
            throws IOException {
        var first = RUN.minus(Duration.ofDays(60));
        // events of undefined steps an hour before and 28 hours after the defined ones
        var partly = new CaseSummary(COMPLAINT, "C-0100", 1, first, first.plus(Duration.ofHours(31)),
                Optional.of(new CaseSpan(first.plus(Duration.ofHours(1)), first.plus(Duration.ofHours(3)))), 6, 2,
                List.of(DeviationType.UNKNOWN_STEP));
        var undefined = new CaseSummary(COMPLAINT, "C-0101", 1, first, first.plus(Duration.ofHours(31)),
                Optional.empty(), 2, 2, List.of(DeviationType.UNKNOWN_STEP));
        DeviatingCases source = (code, offset, limit) -> code.equals(COMPLAINT) && offset == 0
                ? List.of(partly, undefined) : List.of();
        var base = report(Optional.empty(), 0);
        var report = new InspectionReport("华东运营中心", SHANGHAI, base.results(), "张晓雨", Optional.empty(), GENERATED,
                List.of(), List.of(), source);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(files.render(report, DocumentFormat.EXCEL)))) {
            var deviating = workbook.getSheet("偏差案例 Deviating cases");
            int span = 8;
            assertThat(deviating.getRow(1).getCell(span).getStringCellValue()).isEqualTo("已定义步骤首末间隔 Defined steps, first to last");
            assertThat(row(deviating, 1, "C-0100").getCell(span).getStringCellValue()).isEqualTo("2 小时 / 2 h");
            assertThat(row(deviating, 1, "C-0101").getCell(span).getStringCellValue()).isEqualTo("—");
        }
    }

    // ---- the report

    /**
     * Two processes, 13 cases of which 6 comply (plus 1 without a version): 5 deviating complaint cases
     * and 2 deviating orders, of which the first {@code deviatingListed} are stored.
     */
    static InspectionReport report(Optional<Closing> closing, int deviatingListed) {
        var check = new CheckEntry(new CheckId(UUID.fromString("00000000-0000-0000-0000-0000000000c2")), Q2,
                Optional.empty(), RunState.DONE, closing.isPresent(), Optional.of(new Rate(6, 13)), Optional.of(RUN),
                Optional.of("specialist"), Optional.empty(), closing.map(Closing::closedAt),
                closing.map(c -> "manager"));
        var run = new RunInfo(UUID.randomUUID(), RUN, RUN, RUN.plusSeconds(40), "specialist", 1_230);
        var complaint = new ProcessResult(COMPLAINT, Optional.of(new BilingualName("投诉处理", "Complaint handling")),
                new Rate(4, 9), 1_204, 1,
                List.of(new TypeTally(DeviationType.WRONG_ROLE, 1, 1), new TypeTally(DeviationType.STEP_LATE, 2, 2)),
                List.of(new StepTally("S2", DeviationType.STEP_LATE, 2), new StepTally("S3", DeviationType.WRONG_ROLE, 1)));
        var orders = new ProcessResult(ORDERS, Optional.empty(), new Rate(2, 4), 26, 0,
                List.of(new TypeTally(DeviationType.CASE_LATE, 2, 2)),
                List.of(new StepTally("", DeviationType.CASE_LATE, 2)));
        var worstSummary = summary(COMPLAINT, "C-0042", 2, DeviationType.STEP_LATE, DeviationType.WRONG_ROLE);
        var results = CheckReport.of(check, run, List.of(complaint, orders), List.of(worstSummary),
                List.of(new UnknownProcess("LEGACY_RETURNS", 3, 9)));
        var worst = new WorstCase(worstSummary, List.of(
                new Deviation(DeviationType.STEP_LATE, "S2", "S1", null, Duration.ofHours(30), Duration.ofHours(24),
                        RUN.minus(Duration.ofDays(60))),
                new Deviation(DeviationType.WRONG_ROLE, "S3", null, "CLERK", null, null,
                        RUN.minus(Duration.ofDays(59)))), Optional.of(version()));
        var manager = Actor.user("manager", Set.of(Role.OPS_MANAGER));
        var finding = new FindingRef(check.id().value(), Q2.key(), COMPLAINT, DeviationType.STEP_LATE, "S2");
        var shorter = CorrectiveAction.create(finding, "", 2, "缩短处理时限", "owner", LocalDate.of(2026, 7, 31), "",
                manager, RUN);
        var training = CorrectiveAction.create(finding, "", 1, "培训坐席", "specialist", LocalDate.of(2026, 7, 1), "",
                manager, RUN);
        training = training.start(manager, RUN, training.version());
        var listed = new ArrayList<CaseSummary>();
        for (int i = 0; i < deviatingListed; i++) {
            listed.add(i == 0 ? worstSummary : summary(i < 5 ? COMPLAINT : ORDERS, (i < 5 ? "C-" : "O-")
                    + String.format("%04d", i), 1, DeviationType.STEP_LATE));
        }
        DeviatingCases pages = (code, offset, limit) -> listed.stream().filter(c -> c.processCode().equals(code))
                .skip(offset).limit(limit).toList();
        return new InspectionReport("华东运营中心", SHANGHAI, results, "张晓雨", closing, GENERATED,
                List.of(new RaisedAction(shorter, "王芳", false), new RaisedAction(training, "张晓雨", true)),
                List.of(worst), pages);
    }

    static CaseSummary summary(String process, String caseId, int deviations, DeviationType... types) {
        var first = RUN.minus(Duration.ofDays(60));
        return new CaseSummary(process, caseId, 1, first, first.plus(Duration.ofHours(31)),
                Optional.of(new CaseSpan(first, first.plus(Duration.ofHours(31)))), 4, deviations, List.of(types));
    }

    static ProcessVersion version() {
        return new ProcessVersion(1, LocalDate.of(2026, 1, 1), List.of(
                new ProcessStep(new StepCode("S1"), new BilingualName("登记", "Register"), true, Set.of("CLERK"),
                        Optional.empty()),
                new ProcessStep(new StepCode("S2"), new BilingualName("处理", "Handle"), true, Set.of("AGENT"),
                        Optional.of(Duration.ofHours(24))),
                new ProcessStep(new StepCode("S3"), new BilingualName("结案", "Close"), true, Set.of("AGENT"),
                        Optional.empty())),
                Optional.of(Duration.ofDays(5)), Set.of(new StepCode("S3")), LimitBasis.CALENDAR);
    }

    // ---- reading back

    static String pdfText(byte[] bytes) throws IOException {
        try (var pdf = Loader.loadPDF(bytes)) {
            return squeeze(new PDFTextStripper().getText(pdf));
        }
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<String> texts(Sheet sheet) {
        var texts = new ArrayList<String>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }

    static org.apache.poi.ss.usermodel.Row row(Sheet sheet, String first) {
        return row(sheet, 0, first);
    }

    /** The first row whose cell in {@code column} says {@code text}. */
    static org.apache.poi.ss.usermodel.Row row(Sheet sheet, int column, String text) {
        for (var row : sheet) {
            var cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }
}
