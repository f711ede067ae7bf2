package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.application.appraisal.port.in.StandardsQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The standards page: what is in force for a year and every version; only the director adjusts,
 * from this year on, with a note. Adjustments here take effect in years no other test reads
 * (near the end of the calendar), so scorecards elsewhere keep the charter's figures.
 */
@OpsCharterSpringTest
@WithUserDetails("director")
class StandardsViewIT extends AppraisalViewTest {

    @Autowired
    StandardsQueries standardsQueries;

    @Test
    @WithUserDetails("manager")
    void the_manager_reads_the_standards_of_a_year_and_the_history_but_cannot_adjust_them() {
        var view = navigate(StandardsView.class);
        assertThat(view.getPageTitle()).isEqualTo("绩效考核标准");
        assertThat(shown("standards-adjust")).isFalse();

        test($(IntegerField.class).id("standards-year")).setValue(2001);
        quarterShown().setValue(2);
        assertThat(blockText("standards-in-force")).isEqualTo("2001年第2季度执行第 1 版标准（自2000年第1季度起）。即岗位说明书规定的标准。");
        var grid = thresholds();
        assertThat(rowTexts(grid, Part.CUSTOMER_SATISFACTION.ordinal())).containsExactly("客户与业务满意度", "客户满意度",
                "≥ 90%", "≥ 90%", "按季度和年度", "");
        assertThat(rowTexts(grid, Part.MAJOR_ACCIDENTS.ordinal())).containsExactly("风险管控效果", "重大运营事故数", "≤ 0",
                "≤ 0", "按季度和年度", "一票否决");
        assertThat(rowTexts(grid, Part.OPTIMIZATION_PROJECTS_LANDED.ordinal()).get(4)).isEqualTo("按年度（季度显示进度）");
        var history = history();
        int oldest = test(history).size() - 1;
        assertThat(rowTexts(history, oldest).subList(0, 3)).containsExactly("v1", "2000年第1季度", "岗位说明书标准");

        var latest = scorecards.standardsHistory().getLast().number();
        assertThatThrownBy(() -> standards.adjust(new Period.Quarter(2100, 1),
                thresholdsOf(scorecards.standardsHistory().getLast()), "越权", latest, List.of()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_director_adjusts_thresholds_from_a_future_year_with_a_note_and_a_new_version_appears() {
        int fromYear = 2090 + (int) (Math.random() * 9);
        navigate(StandardsView.class);
        click("standards-adjust");
        var before = scorecards.standardsHistory().getLast();
        var dialog = dialog("standards-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("调整考核标准（第 " + (before.number() + 1) + " 版）");
        test($(IntegerField.class).id("standards-from-year")).setValue(fromYear);
        test(textField("threshold-CUSTOMER_SATISFACTION")).setValue("92");
        test(textField("threshold-RISK_INCIDENCE")).setValue("1.5");

        click("standards-save");
        var note = $(TextArea.class).id("standards-note");
        assertThat(note.isInvalid()).as("the note is required").isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("必填");
        assertThat(scorecards.standardsHistory().getLast().number()).isEqualTo(before.number());

        test(note).setValue("经营会议决定提高客户满意度目标");
        click("standards-save");

        assertThat(dialog.isOpened()).isFalse();
        var after = scorecards.standardsHistory().getLast();
        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(notifications()).contains("第 " + after.number() + " 版考核标准已保存。");
        assertThat(after.fromYear()).isEqualTo(fromYear);
        assertThat(after.note()).isEqualTo("经营会议决定提高客户满意度目标");
        assertThat(after.thresholds().get(Part.CUSTOMER_SATISFACTION)).isEqualByComparingTo("92");
        assertThat(after.thresholds().get(Part.RISK_INCIDENCE)).isEqualByComparingTo("1.5");
        assertThat(after.thresholds().get(Part.CORE_TARGET_ATTAINMENT))
                .isEqualByComparingTo(before.thresholds().get(Part.CORE_TARGET_ATTAINMENT));

        var newest = rowTexts(history(), 0);
        assertThat(newest.subList(0, 2)).containsExactly("v" + after.number(),
                fromYear + "年第" + after.from().quarter() + "季度");
        assertThat(newest.get(2)).contains("客户满意度 " + percent(before, Part.CUSTOMER_SATISFACTION) + " → ≥ 92%")
                .contains("运营风险发生率 " + percent(before, Part.RISK_INCIDENCE) + " → ≤ 1.5%");
        assertThat(newest.get(3)).isEqualTo("经营会议决定提高客户满意度目标");
        assertThat(newest.get(4)).isEqualTo("王建国");

        test($(IntegerField.class).id("standards-year")).setValue(fromYear);
        assertThat(rowTexts(thresholds(), Part.CUSTOMER_SATISFACTION.ordinal()).get(2)).isEqualTo("≥ 92%");
        test($(IntegerField.class).id("standards-year")).setValue(2001);
        assertThat(rowTexts(thresholds(), Part.CUSTOMER_SATISFACTION.ordinal()).get(2)).isEqualTo("≥ 90%");
        assertThat(scorecards.standardsFor(2001).number()).isEqualTo(1);
    }

    @Test
    void a_threshold_that_is_not_a_number_or_out_of_range_is_refused_on_its_field() {
        navigate(StandardsView.class);
        click("standards-adjust");
        var before = scorecards.standardsHistory().getLast().number();
        test($(IntegerField.class).id("standards-from-year")).setValue(2098);
        test($(TextArea.class).id("standards-note")).setValue("测试");

        test(textField("threshold-CORE_TARGET_ATTAINMENT")).setValue("九十五");
        click("standards-save");
        assertThat(textField("threshold-CORE_TARGET_ATTAINMENT").getErrorMessage()).isEqualTo("不是有效的数字");

        test(textField("threshold-CORE_TARGET_ATTAINMENT")).setValue("95");
        test(textField("threshold-CUSTOMER_SATISFACTION")).setValue("101");
        click("standards-save");
        assertThat(textField("threshold-CORE_TARGET_ATTAINMENT").isInvalid()).isFalse();
        assertThat(textField("threshold-CUSTOMER_SATISFACTION").getErrorMessage()).isEqualTo("不能大于 100");

        test(textField("threshold-CUSTOMER_SATISFACTION")).setValue("90");
        test($(IntegerField.class).id("standards-from-year")).setValue(2001);
        click("standards-save");
        assertThat($(IntegerField.class).id("standards-from-year").getErrorMessage()).startsWith("考核标准只能从 ");

        assertThat(dialog("standards-dialog").isOpened()).isTrue();
        assertThat(scorecards.standardsHistory().getLast().number()).isEqualTo(before);
    }

    /**
     * Issue 12 B.2: the form starts from this quarter, shows which quarters the new thresholds re-judge
     * and how before anything is saved, and saves only once the director confirmed it. The standards of
     * this quarter are put back afterwards, so the rest of the suite judges by what it found.
     */
    @Test
    void a_change_from_this_quarter_shows_what_it_re_judges_and_is_saved_only_once_confirmed() {
        var current = Period.quarterOf(today());
        entered("manager", Part.CUSTOMER_SATISFACTION, current, "92");
        var inForce = scorecards.scorecard(current).standards();
        var before = scorecards.standardsHistory().getLast();
        navigate(StandardsView.class);
        click("standards-adjust");
        var dialog = dialog("standards-dialog");
        try {
            assertThat($(IntegerField.class).id("standards-from-year").getValue()).isEqualTo(current.year());
            assertThat(fromQuarter().getValue()).as("this quarter, not the year's first").isEqualTo(current.quarter());
            for (var part : Part.values()) {
                test(textField("threshold-" + part.name())).setValue(inForce.thresholds().get(part).toPlainString());
            }
            assertThat(paragraph("standards-preview-summary")).isEqualTo("从起始季度到本季度，没有未审批期间的评定结果会改变。");
            assertThat($(Checkbox.class).withId("standards-confirm").exists()).as("nothing to confirm").isFalse();

            test(textField("threshold-CUSTOMER_SATISFACTION")).setValue("95");

            assertThat(paragraph("standards-preview-summary")).isEqualTo("以下 1 个未审批期间将按新标准重新评定：");
            assertThat(paragraph("standards-preview-" + current.key())).isEqualTo(current.year() + "年第"
                    + current.quarter() + "季度（现按第 " + inForce.number() + " 版）：客户满意度 92%："
                    + percent(inForce, Part.CUSTOMER_SATISFACTION) + " 达标 → ≥ 95% 进行中");
            test($(TextArea.class).id("standards-note")).setValue("本季度起提高客户满意度目标");
            click("standards-save");
            var confirm = $(Checkbox.class).id("standards-confirm");
            assertThat(confirm.isInvalid()).as("re-judging waits for the director's confirmation").isTrue();
            assertThat(confirm.getErrorMessage()).isEqualTo("请先核对并确认重新评定的期间");
            assertThat(scorecards.standardsHistory().getLast().number()).isEqualTo(before.number());

            test(confirm).click();
            click("standards-save");

            assertThat(dialog.isOpened()).isFalse();
            var saved = scorecards.standardsHistory().getLast();
            assertThat(saved.number()).isEqualTo(before.number() + 1);
            assertThat(saved.from()).isEqualTo(current);
            var judged = scorecards.scorecard(current);
            assertThat(judged.standards().number()).isEqualTo(saved.number());
            assertThat(judged.scorecard().part(Part.CUSTOMER_SATISFACTION).orElseThrow().status())
                    .isEqualTo(Status.IN_PROGRESS);
            if (current.quarter() > 1) {
                assertThat(scorecards.scorecard(current.previous()).standards().number())
                        .as("the quarters before it keep their standards").isEqualTo(inForce.number());
            }
        } finally {
            putBack(inForce, current);
        }
    }

    /** A version from {@code from} with the thresholds of {@code inForce}: every verdict as it was. */
    private void putBack(AppraisalStandards inForce, Period.Quarter from) {
        var thresholds = thresholdsOf(inForce);
        var impact = standardsQueries.preview(from, thresholds);
        standards.adjust(from, thresholds, "测试后恢复原标准", scorecards.standardsHistory().getLast().number(),
                impact.rejudgedPeriods());
        assertThat(scorecards.scorecard(from).standards().thresholds()).isEqualTo(inForce.thresholds());
    }

    private String paragraph(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> fromQuarter() {
        return $(Select.class).id("standards-from-quarter");
    }

    private static String percent(AppraisalStandards version, Part part) {
        var value = version.thresholds().get(part).stripTrailingZeros().toPlainString();
        return part.direction().symbol() + " " + value + "%";
    }

    private static EnumMap<Part, BigDecimal> thresholdsOf(AppraisalStandards version) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        Arrays.stream(Part.values()).forEach(p -> thresholds.put(p, version.thresholds().get(p)));
        return thresholds;
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> quarterShown() {
        return $(Select.class).id("standards-quarter");
    }

    @SuppressWarnings("unchecked")
    private Grid<Part> thresholds() {
        return $(Grid.class).id("standards-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<AppraisalStandards> history() {
        return $(Grid.class).id("standards-history");
    }
}
