package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The director's approval freezes a period: the page then says who approved it and when and offers
 * no way to change a figure, and the use case refuses one. Who may open the appraisal pages at all.
 */
@OpsCharterSpringTest
@WithUserDetails("director")
class ScorecardApprovalViewIT extends AppraisalViewTest {

    @Test
    void the_director_approves_a_scorecard_which_is_then_frozen_for_everyone() {
        var quarter = unapprovedQuarter(2021, 2023);
        var entry = entered("manager", Part.MAJOR_COMPLAINT_RATE, quarter, "0.6");
        completed(quarter);
        open(quarter);
        assertThat(enterButtons()).as("the director approves, the team enters").isEmpty();
        assertThat(text("part-MAJOR_COMPLAINT_RATE-status")).isEqualTo("未达标");

        click("scorecard-approve");
        var dialog = dialog("approve-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("审批" + quarter.year() + "年第" + quarter.quarter() + "季度记分卡");
        test($(TextArea.class).id("approve-comment")).setValue("重大投诉率超标，下季度重点改进");
        click("approve-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("记分卡已审批并冻结。");
        assertThat(blockText("scorecard-approval")).startsWith("王建国 于 ").contains(" 审批 — 已冻结")
                .endsWith("审批意见：重大投诉率超标，下季度重点改进");
        assertThat(shown("scorecard-approve")).isFalse();
        assertThat(text("scorecard-status")).isEqualTo("未达标");

        signInAs("manager");
        open(quarter);
        assertThat(blockText("scorecard-approval")).contains("已冻结");
        assertThat(enterButtons()).as("a frozen period offers no edit buttons").isEmpty();
        assertThat(text("part-MAJOR_COMPLAINT_RATE-figure")).isEqualTo("0.6%");

        assertThatThrownBy(() -> figures.enter(Part.MAJOR_COMPLAINT_RATE, quarter,
                new Measurement.Amount(new BigDecimal("0.4")), "更正", Optional.empty(), entry.version()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("rule.scorecard.frozen"));
        assertThatThrownBy(() -> figures.enter(Part.CUSTOMER_SATISFACTION, quarter,
                new Measurement.Amount(new BigDecimal("95")), "补录", Optional.empty(), 0))
                .isInstanceOf(RuleViolation.class);
        assertThat(scorecards.manualEntry(Part.MAJOR_COMPLAINT_RATE, quarter).orElseThrow().measurement())
                .isEqualTo(new Measurement.Amount(new BigDecimal("0.6")));
    }

    @Test
    void a_period_that_has_not_ended_cannot_be_approved_yet() {
        open(Period.quarterOf(today()));
        assertThat(button("scorecard-approve").isEnabled()).isFalse();
        assertThat(text("scorecard-approve-reason")).isEqualTo("该考核期尚未结束，结束后才能审批");
    }

    @Test
    void a_quarter_with_parts_without_data_cannot_be_approved_and_the_page_names_them() {
        var incomplete = unapprovedQuarter(2021, 2023);
        entered("manager", Part.CUSTOMER_SATISFACTION, incomplete, "95");
        open(incomplete);

        assertThat(button("scorecard-approve").isEnabled()).isFalse();
        assertThat(text("scorecard-approve-reason")).startsWith("以下考核项尚无数据，不能审批：")
                .contains("核心目标达成率").doesNotContain("客户满意度");
        assertThatThrownBy(() -> approvals.approve(incomplete, ""))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("rule.scorecard.parts-without-data");
                    assertThat(refused.arguments().get(1).toString()).contains("CORE_TARGET_ATTAINMENT")
                            .doesNotContain("CUSTOMER_SATISFACTION");
                });
        assertThat(scorecards.scorecard(incomplete).approval()).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_does_not_approve_and_the_use_case_refuses_it() {
        var quarter = new Period.Quarter(2004, 4);
        open(quarter);
        assertThat(shown("scorecard-approve")).isFalse();
        assertThat(shown("part-CORE_TARGET_ATTAINMENT-enter")).isTrue();
        assertThatThrownBy(() -> approvals.approve(quarter, "")).isInstanceOf(AccessDenied.class);
        assertThat(scorecards.scorecard(quarter).approval()).isEmpty();
    }

    @Test
    @WithUserDetails("sales.lead")
    void a_department_lead_cannot_open_the_appraisal_pages_nor_read_a_scorecard() {
        UI.getCurrent().navigate("");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList())
                .doesNotContain("appraisal/scorecard", "appraisal/standards");
        for (var path : List.of("appraisal/scorecard", "appraisal/standards")) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
        }
        UI.getCurrent().navigate("appraisal/scorecard", QueryParameters.of("period", "2024-Q1"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThatThrownBy(() -> scorecards.scorecard(new Period.Quarter(2024, 1))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_cannot_open_the_appraisal_pages_either() {
        UI.getCurrent().navigate("appraisal/scorecard");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_operations_team_finds_both_pages_in_the_navigation() {
        UI.getCurrent().navigate("");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList())
                .contains("appraisal/scorecard", "appraisal/standards");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .contains("考核记分卡", "考核标准");
    }
}
