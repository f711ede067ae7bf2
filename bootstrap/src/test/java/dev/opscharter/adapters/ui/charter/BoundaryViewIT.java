package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.application.charter.port.in.WorkItemQueries.DepartmentTally;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.WorkItemStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundary page through the real use cases: Operations sees per department what crossed the
 * boundary; a department lead opens on what was routed to their department and signs off what the
 * charter leaves to them.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class BoundaryViewIT extends CharterViewTest {

    @Test
    void operations_sees_the_tally_per_department_and_picks_a_department_to_see_its_items() {
        var toIt = registered("manager", "SYSTEM_DEVELOPMENT", "门店系统开发");
        var toFinance = registered("manager", "BUDGET_APPROVAL", "下季度运营预算");
        var expectedIt = workItems.boundaryTally().stream()
                .filter(t -> t.department().equals(department("IT").id())).findFirst().orElseThrow();
        navigate(BoundaryView.class);

        var tally = tally();
        int itRow = IntStream.range(0, test(tally).size())
                .filter(i -> test(tally).getRow(i).department().equals(department("IT").id()))
                .findFirst().orElseThrow();
        assertThat(rowTexts(tally, itRow)).containsExactly("信息技术部", String.valueOf(expectedIt.redirected()),
                String.valueOf(expectedIt.escalated()), String.valueOf(expectedIt.participating()),
                String.valueOf(expectedIt.open()));
        assertThat(expectedIt.redirected()).isPositive();

        var items = workItemGrid("boundary-items");
        assertThat($(H3.class).id("boundary-items-heading").getText()).isEqualTo("涉及其他部门的事项");
        assertThat(rowOf(items, toIt.title())).isNotNegative();
        assertThat(rowOf(items, toFinance.title())).isNotNegative();

        test(tally).select(itRow);
        assertThat($(H3.class).id("boundary-items-heading").getText()).isEqualTo("信息技术部的事项");
        assertThat(rowOf(items, toIt.title())).isNotNegative();
        assertThat(rowOf(items, toFinance.title())).isNegative();
        assertThat($(Grid.class).withId("boundary-awaiting").exists()).as("the manager signs nothing off").isFalse();
    }

    @Test
    void a_department_lead_opens_on_the_items_routed_to_their_department() {
        var toIt = registered("manager", "SYSTEM_DEVELOPMENT", "会员系统升级");
        var toHr = registered("manager", "RECRUITING", "招聘流程专员");
        signInAs(leadOf("IT"));
        navigate(BoundaryView.class);

        assertThat($(Grid.class).withId("boundary-tally").exists()).isFalse();
        assertThat($(H3.class).id("boundary-items-heading").getText()).isEqualTo("分派给本部门的事项：信息技术部");
        var items = workItemGrid("boundary-items");
        assertThat(rowOf(items, toIt.title())).isNotNegative();
        assertThat(rowOf(items, toHr.title())).isNegative();
        assertThat(test(workItemGrid("boundary-awaiting")).size()).isZero();
    }

    @Test
    void the_finance_lead_rejects_a_budget_only_with_a_comment_and_the_item_goes_back_to_operations() {
        var budget = registered("manager", "BUDGET_APPROVAL", "市场活动追加预算");
        requestSignOff("manager", budget.id());
        signInAs(leadOf("FINANCE"));
        navigate(BoundaryView.class);

        var awaiting = workItemGrid("boundary-awaiting");
        int row = rowOf(awaiting, budget.title());
        assertThat(cell(awaiting, row, "routing")).isEqualTo("转交 → 财务部需归口部门负责人审批");
        test(awaiting).select(row);
        click("boundary-reject");
        click("work-item-rejection-save");
        var comment = $(TextArea.class).id("work-item-comment");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("必填");
        assertThat(reload(budget.id()).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);

        test(comment).setValue("请补充投放效果测算");
        click("work-item-rejection-save");
        assertThat(notifications()).contains("已驳回：事项已退回运营管理部");
        assertThat(rowOf(awaiting, budget.title())).isNegative();
        var refused = reload(budget.id());
        assertThat(refused.status()).isEqualTo(WorkItemStatus.OPEN);
        assertThat(refused.signOff()).hasValueSatisfying(s -> {
            assertThat(s.approved()).isFalse();
            assertThat(s.comment()).isEqualTo("请补充投放效果测算");
        });
    }

    @Test
    @WithUserDetails("director")
    void the_director_approves_what_the_charter_reserves_for_management_from_the_boundary_page() {
        var restructuring = registered("manager", "RESTRUCTURING", "区域运营组合并");
        requestSignOff("manager", restructuring.id());
        navigate(BoundaryView.class);

        assertThat($(Grid.class).withId("boundary-tally").exists()).isTrue();
        var awaiting = workItemGrid("boundary-awaiting");
        test(awaiting).select(rowOf(awaiting, restructuring.title()));
        click("boundary-approve");
        assertThat($(Dialog.class).id("work-item-approval-dialog").getHeaderTitle())
                .isEqualTo("批准“" + restructuring.title() + "”");
        click("work-item-approval-save");

        assertThat(notifications()).contains("已批准：该工作事项已完成");
        assertThat(rowOf(awaiting, restructuring.title())).isNegative();
        assertThat(button("boundary-approve").isEnabled()).isFalse();
        assertThat(reload(restructuring.id()).status()).isEqualTo(WorkItemStatus.DONE);
    }

    @SuppressWarnings("unchecked")
    private Grid<DepartmentTally> tally() {
        return $(Grid.class).id("boundary-tally");
    }
}
