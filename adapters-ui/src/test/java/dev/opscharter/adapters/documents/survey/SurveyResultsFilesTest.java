package dev.opscharter.adapters.documents.survey;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.survey.ResultsReport;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyResults;
import dev.opscharter.domain.survey.SurveyWindow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results files read back with independent libraries (POI, PDFBox): bilingual labels, the shown
 * groups' figures, and for a group below the minimum — and the one hidden so it cannot be worked out
 * by subtraction — the reason and no number anywhere in its row.
 */
class SurveyResultsFilesTest {

    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final DepartmentId SALES = DepartmentId.random();
    private static final DepartmentId IT = DepartmentId.random();
    private static final DepartmentId FINANCE = DepartmentId.random();
    private static final Map<DepartmentId, BilingualName> NAMES = Map.of(
            OPERATIONS, new BilingualName("运营管理部", "Operations Management"),
            SALES, new BilingualName("销售部", "Sales"),
            IT, new BilingualName("信息技术部", "IT"),
            FINANCE, new BilingualName("财务部", "Finance"));

    private final SurveyResultsFiles files = new SurveyResultsFiles();

    @Test
    void the_workbook_shows_figures_of_large_groups_and_only_the_reason_for_hidden_ones() throws IOException {
        var bytes = files.render(report(), DocumentFormat.EXCEL);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("结果 Results");
            var sheet = workbook.getSheetAt(0);
            var overall = row(sheet, "全部答卷 All responses");
            // 10 respondents, 5 items each: sales 25 answers of 4–5, IT none, finance 5 → 30 of 50
            assertThat(overall.getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(overall.getCell(3).getNumericCellValue()).isEqualTo(0.6);
            assertThat(text(overall.getCell(4))).isEqualTo("未达标 Not met");

            var it = row(sheet, "信息技术部 IT");
            assertThat(it.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(it.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(it.getCell(5))).isEqualTo("作答人数少于 3 人，不予显示。 / Fewer than 3 respondents: not shown.");
            // finance (3) would give IT's figure away as overall minus sales minus finance: hidden too
            var finance = row(sheet, "财务部 Finance");
            assertThat(finance.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(finance.getCell(5))).startsWith("不予显示，以免由其他分组推算出更小的分组。");
            var others = row(sheet, "其他部门（合并） Other departments (together)");
            assertThat(others.getCell(2).getNumericCellValue()).isEqualTo(5);
            // IT's 0 of 10 and finance's 5 of 15 together: 5 of 25
            assertThat(others.getCell(3).getNumericCellValue()).isEqualTo(0.2);

            var comments = StreamSupport.stream(workbook.getSheetAt(2).spliterator(), false)
                    .map(r -> text(r.getCell(1))).toList();
            assertThat(comments).contains("流程清楚了很多", "Quicker answers, please");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("跨部门协作满意度调查结果 Collaboration satisfaction results · 2026年第3季度协作调查 Q3 2026 collaboration survey");
        }
    }

    @Test
    void the_pdf_has_both_languages_and_no_figure_for_a_hidden_group() throws IOException {
        var bytes = files.render(report(), DocumentFormat.PDF);

        try (var pdf = Loader.loadPDF(bytes)) {
            var lines = new PDFTextStripper().getText(pdf);
            // a table cell wraps where the page needs it: compare without white space
            var text = lines.replaceAll("\\s+", "");
            assertThat(text).contains("跨部门协作满意度调查结果", "Collaborationsatisfactionresults", "销售部Sales",
                    "作答人数少于3人，不予显示。", "Fewerthan3respondents:notshown.", "流程清楚了很多",
                    "2026年第3季度", "Q32026", "4分及5分答案占比", "60.0%", "20.0%");
            // IT's row: its name, no count, no percentage, then the reason
            assertThat(text).containsPattern("评价部门Ratingdepartment信息技术部IT—+作答人数少于3人");
        }
    }

    private static ResultsReport report() {
        var questionnaire = Questionnaire.defaults();
        var campaign = Campaign.reconstitute(CampaignId.random(),
                new BilingualName("2026年第3季度协作调查", "Q3 2026 collaboration survey"),
                Optional.of(new Period.Quarter(2026, 3)),
                new SurveyWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 14)), questionnaire,
                List.of(SALES, IT, FINANCE), RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, 3,
                CampaignState.CLOSED, Optional.of(LocalDate.of(2026, 10, 14)), "manager", 3);
        var responses = new ArrayList<Response>();
        responses.add(response(campaign, SALES, 5, Optional.of("流程清楚了很多")));
        for (int score : new int[] {5, 4, 4, 4}) {
            responses.add(response(campaign, SALES, score, Optional.empty()));
        }
        responses.add(response(campaign, IT, 3, Optional.of("Quicker answers, please")));
        responses.add(response(campaign, IT, 2, Optional.empty()));
        for (int score : new int[] {2, 2, 4}) {
            responses.add(response(campaign, FINANCE, score, Optional.empty()));
        }
        var results = SurveyResults.of(responses, questionnaire.codes(), 3, SatisfactionMethod.TOP_TWO_BOX,
                new Random(7));
        return new ResultsReport(campaign, results, NAMES, LocalDate.of(2026, 10, 15));
    }

    private static Response response(Campaign campaign, DepartmentId rater, int score, Optional<String> comment) {
        var answers = new HashMap<ItemCode, Integer>();
        campaign.questionnaire().codes().forEach(code -> answers.put(code, score));
        return new Response(UUID.randomUUID(), campaign.id(), rater, OPERATIONS, answers, comment,
                LocalDate.of(2026, 10, 3));
    }

    private static Row row(org.apache.poi.ss.usermodel.Sheet sheet, String name) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getCell(1) != null && name.equals(text(r.getCell(1)))).findFirst().orElseThrow();
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
