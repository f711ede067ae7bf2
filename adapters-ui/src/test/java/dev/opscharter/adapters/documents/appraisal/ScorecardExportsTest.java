package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.PartValues;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.ScorecardPolicy;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.adapters.documents.shared.EmbeddedFonts;
import dev.opscharter.adapters.documents.shared.MixedScripts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports read back with independent libraries (POI for the workbook, PDFBox for the PDF): every
 * label in Chinese and English, figures formatted, verdicts, provenance, failed parts and approval.
 */
class ScorecardExportsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period.Quarter Q2 = new Period.Quarter(2025, 2);
    private static final Instant ENTERED = Instant.parse("2025-07-03T02:30:00Z");

    private final ScorecardFiles files = new ScorecardFiles();

    @Test
    void the_workbook_has_bilingual_labels_figures_provenance_the_failed_parts_and_the_approval() throws IOException {
        var bytes = files.render(report(true), SHANGHAI, Map.of(), DocumentFormat.EXCEL);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("记分卡 Scorecard");
            assertThat(workbook.getSheetName(1)).isEqualTo("明细 Details");
            var texts = cellTexts(workbook);
            assertThat(texts).contains(
                    "运营管理部绩效考核记分卡 Operations appraisal scorecard · 2025年第2季度 / Q2 2025",
                    "运营目标达成率 Operating target attainment",
                    "核心目标达成率 Core target attainment rate",
                    "重大运营事故数 Major operational accidents [一票否决 Veto]",
                    "≥ 95%", "≤ 0.5%", "≤ 0",
                    "93.5%", "95% (19 / 20)", "66.6666% (2 / 3)",
                    "未达标 Fail", "达标 Pass", "无数据 No data",
                    "未达标 / Fail",
                    "按第 1 版考核标准评定（自2000年第1季度起执行） / Judged by standards version 1 (in force from Q1 2000)");
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("未达标：核心目标达成率、")
                    .contains("Failed: Core target attainment rate, "));
            assertThat(texts).anySatisfy(t -> assertThat(t).isEqualTo(
                    "手工录入 Manual: 李明, 2025-07-03 10:30 — 季度经营分析会数据 (附有证明文件 with attachment)"));
            assertThat(texts).anySatisfy(t -> assertThat(t).isEqualTo(
                    "来自系统记录 From records: 人员档案（核心员工） people records (core staff)"));
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("王建国 于 2025年7月5日 审批 — 已冻结")
                    .contains("Approved by 王建国 on Jul 5, 2025 — frozen").endsWith("— 同意 / Agreed"));
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("本年已完成 2 / 3；按进度第2季度末应达 1.5")
                    .contains("2 of 3 this year; pro-rata 1.5 by Q2"));
            assertThat(texts).contains("黄蕾", "核心员工，2025年5月10日 离职 / Core staff, left on May 10, 2025");

            var numbers = new ArrayList<Double>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }));
            assertThat(numbers).as("figures as numbers to compute with").contains(93.5, 95.0, 2.0, 1.0);
        }
    }

    @Test
    void the_pdf_has_bilingual_labels_figures_provenance_the_failed_parts_and_the_approval() throws IOException {
        var bytes = files.render(report(true), SHANGHAI, Map.of(), DocumentFormat.PDF);

        try (var pdf = Loader.loadPDF(bytes)) {
            var text = squeeze(new PDFTextStripper().getText(pdf));
            for (var expected : List.of("运营管理部绩效考核记分卡", "Operations appraisal scorecard", "2025年第2季度", "Q2 2025",
                    "运营目标达成率", "Operating target attainment", "核心目标达成率", "Core target attainment rate",
                    "跨部门协作满意度", "Cross-department collaboration satisfaction", "一票否决", "Veto",
                    "≥ 95%", "93.5%", "95% (19 / 20)", "66.6666% (2 / 3)", "未达标", "Fail", "达标", "Pass",
                    "手工录入", "Manual", "李明", "季度经营分析会数据", "来自系统记录", "From records",
                    "未达标：核心目标达成率", "Failed: Core target attainment rate",
                    "王建国 于 2025年7月5日 审批 — 已冻结", "Approved by 王建国 on Jul 5, 2025 — frozen",
                    "黄蕾", "Core staff, left on May 10, 2025", "2 of 3 this year; pro-rata 1.5 by Q2")) {
                assertThat(text).as(expected).contains(squeeze(expected));
            }
        }
    }

    @Test
    void the_pdf_embeds_a_subset_of_the_bundled_font_on_every_page() throws IOException {
        var bytes = files.render(report(false), SHANGHAI, Map.of(), DocumentFormat.PDF);

        try (var pdf = Loader.loadPDF(bytes)) {
            EmbeddedFonts.assertEveryPageEmbedsSubsetsOfTheBundledFont(pdf);
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains(squeeze("尚未审批 / Not approved yet"));
        }
    }

    @Test
    void a_reason_and_a_name_mixing_chinese_with_dots_dashes_and_signs_read_back_exactly_from_both_formats()
            throws IOException {
        var report = report(true, MixedScripts.TEXT, MixedScripts.TEXT + "批");

        MixedScripts.assertPdfReadsBack(files.render(report, SHANGHAI, Map.of(), DocumentFormat.PDF),
                "手工录入 Manual: 李明, 2025-07-03 10:30 — " + MixedScripts.TEXT,
                MixedScripts.TEXT + "批 于 2025年7月5日 审批 — 已冻结", "≥ 95%", "≤ 0.5%");
        assertThat(MixedScripts.workbookTexts(files.render(report, SHANGHAI, Map.of(), DocumentFormat.EXCEL)))
                .contains("手工录入 Manual: 李明, 2025-07-03 10:30 — " + MixedScripts.TEXT + " (附有证明文件 with attachment)")
                .anySatisfy(text -> assertThat(text).startsWith(MixedScripts.TEXT + "批 于 2025年7月5日 审批 — 已冻结"));
    }

    @Test
    void a_scorecard_without_any_figure_exports_as_no_data_in_both_formats() throws IOException {
        var standards = AppraisalStandards.charter(2000, "seed", ENTERED);
        var empty = ScorecardPolicy.evaluate(new Period.Year(2024), standards, new PartValues(List.of()));
        var report = new ScorecardReport(empty, standards, Optional.empty(), Set.of(), false);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                files.render(report, SHANGHAI, Map.of(), DocumentFormat.EXCEL)))) {
            assertThat(cellTexts(workbook)).contains("无数据 No data", "尚未审批 / Not approved yet", "2024年度 / Year 2024",
                    "无数据：没有系统记录，也未手工录入 No figure: no records and nothing entered");
        }
        try (var pdf = Loader.loadPDF(files.render(report, SHANGHAI, Map.of(), DocumentFormat.PDF))) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains(squeeze("无数据 No data"),
                    squeeze("Year 2024"));
        }
    }

    /** What users typed is written as text cells: a value starting with = + - @ never becomes a formula (CSV/Excel injection). */
    @Test
    void text_that_users_typed_is_never_written_as_a_formula() throws IOException {
        var standards = AppraisalStandards.charter(2000, "seed", Instant.parse("2024-01-01T00:00:00Z"));
        var reason = "=HYPERLINK(\"http://evil.example/\",\"report\")";
        var values = List.of(new PartValue(Part.CORE_TARGET_ATTAINMENT, Q2, new Measurement.Amount(new BigDecimal("93.5")),
                new Provenance.Manual(reason, Optional.empty(), "@SUM(1+1)", ENTERED)));
        var scorecard = ScorecardPolicy.evaluate(Q2, standards, new PartValues(values));
        var comment = "=cmd|' /C calc'!A0";
        var approval = Optional.of(new ScorecardApproval(Q2, 1, values, scorecard.status(), "+王建国",
                Instant.parse("2025-07-05T01:00:00Z"), comment));
        var report = new ScorecardReport(scorecard, standards, approval, Set.of(), false);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                files.render(report, SHANGHAI, Map.of(), DocumentFormat.EXCEL)))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA))));
            assertThat(String.join("\n", cellTexts(workbook))).contains(reason, comment);
        }
    }

    /** A second-quarter scorecard: figures by hand and from records, a ratio, an annual part, a failed veto. */
    private static ScorecardReport report(boolean approved) {
        return report(approved, "季度经营分析会数据", "王建国");
    }

    /** @param reason why each figure was entered by hand; @param director who approved it */
    private static ScorecardReport report(boolean approved, String reason, String director) {
        var standards = AppraisalStandards.charter(2000, "seed", Instant.parse("2024-01-01T00:00:00Z"));
        var q1 = new Period.Quarter(2025, 1);
        var values = List.of(
                manual(reason, Part.CORE_TARGET_ATTAINMENT, Q2, new Measurement.Amount(new BigDecimal("93.5")), true),
                manual(reason, Part.KEY_INDICATORS_UNMET, Q2, new Measurement.Amount(BigDecimal.ZERO), false),
                manual(reason, Part.CUSTOMER_SATISFACTION, Q2, Measurement.Ratio.of(19, 20), false),
                manual(reason, Part.COLLABORATION_SATISFACTION, Q2, new Measurement.Amount(new BigDecimal("86")),
                        false),
                manual(reason, Part.OPTIMIZATION_PROJECTS_LANDED, q1, new Measurement.Amount(BigDecimal.ONE), false),
                manual(reason, Part.OPTIMIZATION_PROJECTS_LANDED, Q2, new Measurement.Amount(BigDecimal.ONE), false),
                manual(reason, Part.MAJOR_ACCIDENTS, Q2, new Measurement.Amount(BigDecimal.ONE), false),
                new PartValue(Part.CORE_STAFF_RETENTION, Q2, Measurement.Ratio.of(2, 3), new Provenance.FromRecords(
                        "people", List.of(
                        new Provenance.Evidence("黄蕾", "evidence.core-staff.left", List.of("2025-05-10")),
                        new Provenance.Evidence("李明", "evidence.core-staff.retained", List.of("2019-03-01")),
                        new Provenance.Evidence("张晓雨", "evidence.core-staff.retained", List.of("2022-03-01"))))));
        var scorecard = ScorecardPolicy.evaluate(Q2, standards, new PartValues(values));
        var approval = approved ? Optional.of(new ScorecardApproval(Q2, 1, values, scorecard.status(), director,
                Instant.parse("2025-07-05T01:00:00Z"), "同意 / Agreed")) : Optional.<ScorecardApproval>empty();
        return new ScorecardReport(scorecard, standards, approval, Set.of(Part.CORE_STAFF_RETENTION), !approved);
    }

    private static PartValue manual(String reason, Part part, Period period, Measurement measurement,
                                    boolean withAttachment) {
        return new PartValue(part, period, measurement, new Provenance.Manual(reason,
                withAttachment ? Optional.of(UUID.randomUUID()) : Optional.empty(), "李明", ENTERED));
    }

    private static List<String> cellTexts(XSSFWorkbook workbook) {
        var formatter = new DataFormatter();
        var texts = new ArrayList<String>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell)))));
        return texts;
    }

    /** PDF text comes out in lines as the table cells wrap; compare without any white space. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
