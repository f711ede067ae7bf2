package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard page through the real use cases on PostgreSQL, in Chinese: figures entered by hand
 * and refused, where each value comes from, annual progress, the records behind a computed figure,
 * and the trend.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ScorecardViewIT extends AppraisalViewTest {

    @Test
    void the_manager_enters_a_figure_below_standard_which_then_fails_and_is_named_in_the_summary() {
        var quarter = new Period.Quarter(2003, 2);
        open(quarter);
        assertThat(text("part-CORE_TARGET_ATTAINMENT-standard")).isEqualTo("≥ 95%");

        click("part-CORE_TARGET_ATTAINMENT-enter");
        var dialog = dialog("figure-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("录入2003年第2季度的核心目标达成率");
        test(textField("figure-value")).setValue("93.5");
        test($(TextArea.class).id("figure-reason")).setValue("季度经营分析会数据");
        click("figure-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("数据已保存。");
        assertThat(text("part-CORE_TARGET_ATTAINMENT-figure")).isEqualTo("93.5%");
        assertThat(text("part-CORE_TARGET_ATTAINMENT-status")).isEqualTo("未达标");
        assertThat(blockText("part-CORE_TARGET_ATTAINMENT-provenance")).startsWith("手工录入李明 · ")
                .endsWith(" · 季度经营分析会数据");
        assertThat(text("indicator-TARGET_ATTAINMENT-status")).isEqualTo("未达标");
        assertThat(text("scorecard-status")).isEqualTo("未达标");
        assertThat(text("scorecard-failed")).isEqualTo("未达标：核心目标达成率");
        assertThat(blockText("scorecard-standards")).startsWith("按第 1 版考核标准评定（自2000年第1季度起执行）");
        assertThat(blockText("scorecard-approval")).isEqualTo("尚未审批");

        var stored = scorecards.manualEntry(Part.CORE_TARGET_ATTAINMENT, quarter).orElseThrow();
        assertThat(stored.measurement()).isEqualTo(new Measurement.Amount(new BigDecimal("93.5")));
        assertThat(stored.provenance().enteredBy()).isEqualTo("manager");
        assertThat(stored.provenance().reason()).isEqualTo("季度经营分析会数据");
    }

    @Test
    void the_quarter_s_figures_are_entered_on_one_screen_all_or_none_with_decimal_commas_read_as_meant() {
        var quarter = new Period.Quarter(2009, 3);
        open(quarter);
        click("scorecard-enter-figures");
        var dialog = dialog("figures-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("2009年第3季度 数据录入");
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withId("figures-CORE_STAFF_RETENTION")
                .exists()).as("computed from the people records").isFalse();
        test(textField("figures-CUSTOMER_SATISFACTION")).setValue("92,5");
        test(textField("figures-MAJOR_COMPLAINT_RATE")).setValue("120");
        test($(TextArea.class).id("figures-reason")).setValue("季度经营分析会数据");
        click("figures-save");

        assertThat(dialog.isOpened()).isTrue();
        assertThat(textField("figures-MAJOR_COMPLAINT_RATE").isInvalid()).isTrue();
        assertThat(textField("figures-MAJOR_COMPLAINT_RATE").getErrorMessage()).contains("100");
        assertThat(scorecards.manualEntry(Part.CUSTOMER_SATISFACTION, quarter)).as("none or all").isEmpty();

        test(textField("figures-MAJOR_COMPLAINT_RATE")).setValue("0,3");
        click("figures-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("已保存 2 项数据");
        assertThat(text("part-CUSTOMER_SATISFACTION-figure")).isEqualTo("92.5%");
        assertThat(text("part-MAJOR_COMPLAINT_RATE-figure")).isEqualTo("0.3%");
        assertThat(scorecards.manualEntry(Part.MAJOR_COMPLAINT_RATE, quarter).orElseThrow().provenance().reason())
                .isEqualTo("季度经营分析会数据");
    }

    @Test
    void a_figure_that_is_not_a_number_or_over_100_percent_or_without_a_reason_is_refused_on_its_field() {
        var quarter = new Period.Quarter(2003, 3);
        open(quarter);
        click("part-CUSTOMER_SATISFACTION-enter");
        var value = textField("figure-value");
        var reason = $(TextArea.class).id("figure-reason");

        test(value).setValue("九十五");
        test(reason).setValue("客户满意度调查报告");
        click("figure-save");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("不是有效的数字");

        test(value).setValue("120");
        click("figure-save");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("不能大于 100");

        test(value).setValue("92");
        test(reason).setValue("   ");
        click("figure-save");
        assertThat(value.isInvalid()).isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("必填");

        assertThat(dialog("figure-dialog").isOpened()).isTrue();
        assertThat(scorecards.manualEntry(Part.CUSTOMER_SATISFACTION, quarter)).as("nothing stored").isEmpty();
        assertThat(text("part-CUSTOMER_SATISFACTION-status")).isEqualTo("无数据");
    }

    @Test
    void a_percentage_is_entered_as_numerator_and_denominator_shows_both_and_can_be_replaced() {
        var quarter = new Period.Quarter(2003, 4);
        open(quarter);
        click("part-COLLABORATION_SATISFACTION-enter");
        test(modeChoice()).selectItem("分子和分母");
        test(textField("figure-numerator")).setValue("17");
        test(textField("figure-denominator")).setValue("20");
        test($(TextArea.class).id("figure-reason")).setValue("跨部门协作满意度调研（线下问卷）");
        click("figure-save");

        assertThat(text("part-COLLABORATION_SATISFACTION-figure")).isEqualTo("85% (17 / 20)");
        assertThat(text("part-COLLABORATION_SATISFACTION-status")).as("≥ 85% holds inclusively").isEqualTo("达标");

        click("part-COLLABORATION_SATISFACTION-enter");
        assertThat(dialog("figure-dialog").getHeaderTitle()).isEqualTo("修改2003年第4季度的跨部门协作满意度");
        assertThat(textField("figure-numerator").getValue()).isEqualTo("17");
        test(textField("figure-numerator")).setValue("16");
        test($(TextArea.class).id("figure-reason")).setValue("问卷复核后更正");
        click("figure-save");

        assertThat(text("part-COLLABORATION_SATISFACTION-figure")).isEqualTo("80% (16 / 20)");
        assertThat(text("part-COLLABORATION_SATISFACTION-status")).isEqualTo("未达标");
        var stored = scorecards.manualEntry(Part.COLLABORATION_SATISFACTION, quarter).orElseThrow();
        assertThat(stored.measurement()).isEqualTo(Measurement.Ratio.of(16, 20));
        assertThat(stored.provenance().reason()).isEqualTo("问卷复核后更正");
    }

    @Test
    void a_zero_denominator_is_no_data_not_a_pass() {
        var quarter = new Period.Quarter(2004, 2);
        entered("specialist", Part.INCIDENT_HANDLING_TIMELINESS, quarter, Measurement.Ratio.of(0, 0),
                Optional.empty());
        open(quarter);

        assertThat(text("part-INCIDENT_HANDLING_TIMELINESS-figure")).isEqualTo("— (0 / 0)");
        assertThat(text("part-INCIDENT_HANDLING_TIMELINESS-status")).isEqualTo("无数据");
        assertThat(blockText("part-INCIDENT_HANDLING_TIMELINESS-provenance")).startsWith("手工录入张晓雨 · ");
    }

    @Test
    void the_drill_down_shows_the_manual_entry_with_its_reason_who_when_and_the_attachment_to_download() {
        var quarter = new Period.Quarter(2004, 1);
        var file = as("manager", () -> figures.attach("风险事件台账.pdf", "application/pdf",
                "%PDF-1.4 risk register".getBytes(StandardCharsets.UTF_8)));
        entered("manager", Part.RISK_INCIDENCE, quarter, new Measurement.Amount(new BigDecimal("2.5")),
                Optional.of(file));
        open(quarter);
        assertThat(text("part-RISK_INCIDENCE-standard")).isEqualTo("≤ 2%");
        assertThat(text("part-RISK_INCIDENCE-status")).isEqualTo("未达标");

        click("part-RISK_INCIDENCE-details");
        var details = dialog("part-details-dialog");
        assertThat(details.getHeaderTitle()).isEqualTo("运营风险发生率 · 2004年第1季度");
        assertThat(text("part-details-figure")).isEqualTo("2.5%");
        assertThat(text("part-details-reason-0")).isEqualTo(REASON);
        assertThat(text("part-details-by-0")).isEqualTo("李明");
        assertThat(text("part-details-at-0")).isNotBlank();
        var download = $(Anchor.class).id("part-details-attachment-0");
        assertThat(download.getText()).isEqualTo("下载证明文件");
        assertThat(download.getHref()).isNotBlank();
        assertThat(as("manager", () -> figures.attachment(file)).fileName()).isEqualTo("风险事件台账.pdf");
    }

    @Test
    void core_staff_retention_comes_from_the_people_records_cannot_be_entered_and_drills_down_to_the_people() {
        var lastEnded = Period.quarterOf(today()).previous();
        open(lastEnded);

        assertThat(blockText("part-CORE_STAFF_RETENTION-provenance")).contains("来自系统记录");
        assertThat(shown("part-CORE_STAFF_RETENTION-enter")).as("a figure from records is not typed").isFalse();

        click("part-CORE_STAFF_RETENTION-details");
        @SuppressWarnings("unchecked")
        Grid<Provenance.Evidence> evidence = $(Grid.class).id("part-details-evidence-0");
        var rows = IntStream.range(0, test(evidence).size()).mapToObj(i -> rowTexts(evidence, i)).toList();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.getFirst()).isEqualTo("李明");
            assertThat(row.getLast()).startsWith("核心员工，").endsWith("仍在职");
        });
    }

    @Test
    void an_annual_part_shows_progress_in_a_quarter_and_is_judged_on_the_year() {
        entered("manager", Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2005, 1), "1");
        entered("manager", Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2005, 2), "1");

        open(new Period.Quarter(2005, 2));
        assertThat(text("part-OPTIMIZATION_PROJECTS_LANDED-figure")).isEqualTo("2");
        assertThat(text("part-OPTIMIZATION_PROJECTS_LANDED-progress")).isEqualTo("本年已完成 2 / 3；按进度第2季度末应达 1.5");
        assertThat(text("part-OPTIMIZATION_PROJECTS_LANDED-status")).isEqualTo("进度正常");
        assertThat(blockText("part-OPTIMIZATION_PROJECTS_LANDED-provenance")).contains("2005年第1季度: 1",
                "2005年第2季度: 1", "手工录入");

        open(new Period.Year(2005));
        assertThat(text("part-OPTIMIZATION_PROJECTS_LANDED-status")).as("two quarters still open could reach 3")
                .isEqualTo("无数据");

        entered("manager", Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2005, 3), "0");
        entered("manager", Part.OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2005, 4), "0");
        open(new Period.Year(2005));
        assertThat(text("part-OPTIMIZATION_PROJECTS_LANDED-figure")).isEqualTo("2");
        assertThat(text("part-OPTIMIZATION_PROJECTS_LANDED-status")).isEqualTo("未达标");
        assertThat(text("scorecard-failed")).contains("流程优化项目落地数");
        assertThat(shown("part-OPTIMIZATION_PROJECTS_LANDED-enter")).as("entered per quarter, not per year").isFalse();
        assertThat(shown("part-CORE_TARGET_ATTAINMENT-enter")).as("a yearly figure of a quarterly part").isTrue();
    }

    @Test
    void a_year_without_a_figure_of_its_own_is_judged_on_its_quarters_and_says_how() {
        var figures = new String[] {"93", "97", "95", "94.99"};
        for (int q = 1; q <= 4; q++) {
            entered("manager", Part.CORE_TARGET_ATTAINMENT, new Period.Quarter(2007, q), figures[q - 1]);
        }
        entered("manager", Part.MAJOR_ACCIDENTS, new Period.Quarter(2007, 3), "1");
        entered("manager", Part.CUSTOMER_SATISFACTION, new Period.Quarter(2007, 1), "91");
        entered("manager", Part.CUSTOMER_SATISFACTION, new Period.Quarter(2007, 2), "95");

        open(new Period.Year(2007));
        assertThat(text("scorecard-year-rule")).startsWith("年度考核规则：").contains("平均值");
        assertThat(text("part-CORE_TARGET_ATTAINMENT-figure")).as("(93 + 97 + 95 + 94.99) / 4")
                .isEqualTo("94.9975%");
        assertThat(text("part-CORE_TARGET_ATTAINMENT-status")).isEqualTo("未达标");
        assertThat(text("part-CORE_TARGET_ATTAINMENT-derivation")).isEqualTo("年度数值：四个季度的平均值（该项未录入年度数值）");
        assertThat(text("part-CUSTOMER_SATISFACTION-figure")).as("where the year stands so far").isEqualTo("93%");
        assertThat(text("part-CUSTOMER_SATISFACTION-derivation")).isEqualTo("目前为已录入的 2 个季度的平均值；四个季度齐全后按年度考核");
        assertThat(text("part-CUSTOMER_SATISFACTION-status")).isEqualTo("无数据");
        assertThat(text("part-MAJOR_ACCIDENTS-figure")).isEqualTo("1");
        assertThat(text("part-MAJOR_ACCIDENTS-derivation")).isEqualTo("年度数值：各季度之和");
        assertThat(text("part-MAJOR_ACCIDENTS-status")).as("a quarter's accident breaks the year").isEqualTo("未达标");
        assertThat(text("scorecard-veto")).contains("重大运营事故数");
    }

    @Test
    void a_figure_just_short_of_its_threshold_never_reads_as_on_it() {
        var quarter = new Period.Quarter(2008, 1);
        entered("manager", Part.TRAINING_PLAN_COMPLETION, quarter, "99.96");
        entered("specialist", Part.INCIDENT_HANDLING_TIMELINESS, quarter, Measurement.Ratio.of(2999, 3000),
                Optional.empty());

        open(quarter);
        assertThat(text("part-TRAINING_PLAN_COMPLETION-standard")).isEqualTo("≥ 100%");
        assertThat(text("part-TRAINING_PLAN_COMPLETION-figure")).as("not 100.0%").isEqualTo("99.96%");
        assertThat(text("part-TRAINING_PLAN_COMPLETION-status")).isEqualTo("未达标");
        assertThat(text("part-INCIDENT_HANDLING_TIMELINESS-figure")).as("99.96666…, rounded down, not 99.9667%")
                .startsWith("99.9666% (");
        assertThat(text("part-INCIDENT_HANDLING_TIMELINESS-status")).isEqualTo("未达标");
    }

    @Test
    void the_year_that_is_still_running_is_in_progress_never_not_met() {
        open(new Period.Year(today().getYear()));

        assertThat(text("scorecard-status")).isEqualTo("进行中");
        assertThat(text("scorecard-failed")).startsWith("考核期至 ").contains(Integer.toString(today().getYear()))
                .contains("期间不判定\"未达标\"");
        // no part is "not met" while the year runs: in progress, or met already (targets at their pace)
        assertThat(Part.values()).allSatisfy(part ->
                assertThat(text("part-" + part.name() + "-status")).isIn("进行中", "达标"));
    }

    @Test
    void the_trend_draws_each_quarter_with_its_verdict_and_leaves_a_gap_without_data() {
        entered("manager", Part.CUSTOMER_SATISFACTION, new Period.Quarter(2006, 2), "92");
        entered("manager", Part.CUSTOMER_SATISFACTION, new Period.Quarter(2006, 4), "88");
        open(new Period.Quarter(2006, 4));

        var chart = $(Div.class).id("trend-CUSTOMER_SATISFACTION");
        var svg = chart.getChildren().filter(Svg.class::isInstance).findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
        assertThat(svg).contains("stroke-dasharray")
                .contains("06Q2: 92% · 达标").contains("06Q4: 88% · 未达标").contains("06Q3: — · 无数据")
                .contains("trend-point pass").contains("trend-point fail").contains("trend-point no_data");
        assertThat(svg.split("class=\"trend-line\"")).as("the line breaks at the quarter without data").hasSize(3);
        assertThat(blockText("trend-SATISFACTION")).startsWith("客户与业务满意度").endsWith("06Q4");
    }

    @Test
    void the_page_opens_on_the_last_ended_quarter_and_refuses_a_period_that_has_not_begun() {
        var view = navigate(ScorecardView.class);
        var lastEnded = Period.quarterOf(today()).previous();
        assertThat(view.period()).isEqualTo(lastEnded);
        assertThat(view.getPageTitle()).isEqualTo("绩效考核记分卡");

        var future = Period.quarterOf(today()).next();
        view = open(future);
        assertThat(view.period()).as("no other period in its place").isNull();
        assertThat(blockText("scorecard-unavailable")).isEqualTo(future.year() + "年第" + future.quarter()
                + "季度 尚未开始，记分卡暂不可用");
        assertThat(shown("scorecard-approve")).isFalse();
        assertThat($(Div.class).withId("scorecard-summary").exists()).isFalse();

        UI.getCurrent().navigate(ScorecardView.class, QueryParameters.of(ScorecardView.PERIOD_PARAMETER, "2026-Q9"));
        view = (ScorecardView) getCurrentView();
        assertThat(view.period()).isNull();
        assertThat(blockText("scorecard-unavailable")).startsWith("不存在期间“2026-Q9”：");
        assertThat(shown("scorecard-approve")).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<Period> choice = $(ComboBox.class).id("scorecard-period");
        assertThat(test(choice).getSuggestionItems()).doesNotContain(future).contains(lastEnded,
                new Period.Year(lastEnded.year()));

        test(choice).selectItem(lastEnded.year() + "年度");
        assertThat(view.period()).isEqualTo(new Period.Year(lastEnded.year()));
        assertThat(blockText("scorecard-summary")).startsWith(lastEnded.year() + "年度 记分卡");
        assertThat($(Anchor.class).id("scorecard-export-xlsx").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("scorecard-export-pdf").getHref()).isNotBlank();
    }

    @Test
    void the_scorecard_downloads_as_a_workbook_and_a_pdf_written_behind_the_query() throws IOException {
        open(new Period.Quarter(2003, 4));

        var workbook = download("scorecard-export-xlsx");
        var pdf = download("scorecard-export-pdf");

        var texts = new ArrayList<String>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheetName(0)).isEqualTo("记分卡 Scorecard");
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        }
        assertThat(texts).contains(
                "运营管理部绩效考核记分卡 Operations appraisal scorecard · 2003年第4季度 / Q4 2003");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private byte[] download(String id) {
        var out = new ByteArrayOutputStream();
        test($(Anchor.class).id(id)).download(out);
        return out.toByteArray();
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_enters_figures_too_but_does_not_approve() {
        var quarter = new Period.Quarter(2004, 3);
        open(quarter);
        assertThat(shown("scorecard-approve")).isFalse();

        click("part-TRAINING_PLAN_COMPLETION-enter");
        test(textField("figure-value")).setValue("１０５");
        test($(TextArea.class).id("figure-reason")).setValue("培训台账");
        click("figure-save");

        assertThat(text("part-TRAINING_PLAN_COMPLETION-figure")).isEqualTo("105%");
        assertThat(text("part-TRAINING_PLAN_COMPLETION-status")).isEqualTo("达标");
        assertThat(blockText("part-TRAINING_PLAN_COMPLETION-provenance")).contains("张晓雨");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> modeChoice() {
        return $(RadioButtonGroup.class).id("figure-mode");
    }
}
