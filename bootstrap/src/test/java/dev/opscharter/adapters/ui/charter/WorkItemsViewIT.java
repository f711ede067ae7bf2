package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.application.charter.port.in.WorkItemQueries.Filter;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.shared.BusinessDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The work-item register through the real use cases on PostgreSQL, in Chinese: routing shown before
 * registering, the charter's refusals as messages, sign-off, and who sees what.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class WorkItemsViewIT extends CharterViewTest {

    private static final String GRID = "work-items-grid";

    @Test
    void the_manager_sees_the_routing_before_registering_system_development_which_is_then_redirected_to_it() {
        var version = charter.inForce().number();
        navigate(WorkItemsView.class);

        click("work-item-new");
        var dialog = $(Dialog.class).id("work-item-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("新建工作事项");
        assertThat(textOf($(Div.class).id("work-item-preview"))).contains("选择职责类型后");
        test(kind()).selectItem("请求");
        test(textField("work-item-title")).setValue("上线工单系统 " + suffix);
        test(dutyType()).selectItem("效率优化管理 › 系统开发建设（由IT部门负责）");

        assertThat(textOf($(Span.class).id("work-item-preview-consequence")))
                .isEqualTo("不在运营管理部职责范围内：转交信息技术部，由其负责人完成。");
        assertThat(textOf($(Span.class).id("work-item-preview-citation")))
                .isEqualTo("职责框架第 " + version + " 版 · 效率优化管理：系统开发建设（由IT部门负责）");
        assertThat(textOf($(Div.class).id("work-item-preview"))).contains("转交 → 信息技术部")
                .contains("System development (by IT)");
        click("work-item-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("工作事项已登记，并已按职责框架分派");
        var grid = workItemGrid(GRID);
        int row = rowOf(grid, "上线工单系统 " + suffix);
        assertThat(row).isNotNegative();
        assertThat(cell(grid, row, "kind")).isEqualTo("请求");
        assertThat(cell(grid, row, "duty")).isEqualTo("系统开发建设（由IT部门负责）");
        assertThat(cell(grid, row, "routing")).isEqualTo("转交 → 信息技术部");
        assertThat(cell(grid, row, "status")).isEqualTo("已转交");

        var item = test(grid).getRow(row);
        assertThat(item.kind()).isEqualTo(WorkItemKind.REQUEST);
        assertThat(item.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(item.decision()).isInstanceOfSatisfying(BoundaryDecision.Redirect.class,
                redirect -> assertThat(redirect.owner()).isEqualTo(department("IT").id()));
        assertThat(item.decision().citation().charterVersion()).isEqualTo(version);
    }

    @Test
    void the_register_reads_a_page_at_a_time_sorted_and_filtered_by_the_database() {
        navigate(WorkItemsView.class);
        var grid = workItemGrid(GRID);

        // a lazy grid: it holds no list, it asks the query port for each page it shows
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(test(grid).size()).isEqualTo((int) workItems.count(Filter.ALL));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("title")).build());
        var byTitle = workItems.visible(Filter.ALL,
                new PageRequest(0, 2, List.of(new PageRequest.Order("title", true))));
        assertThat(IntStream.range(0, byTitle.size()).mapToObj(i -> test(grid).getRow(i).id()))
                .containsExactlyElementsOf(byTitle.stream().map(WorkItem::id).toList());
        test($(Checkbox.class).id("work-items-open-only")).click();
        assertThat(test(grid).size())
                .isEqualTo((int) workItems.count(new Filter(Optional.empty(), Optional.empty(), true)));
    }

    @Test
    void a_work_item_without_title_or_duty_type_is_refused_on_its_fields_and_nothing_is_registered() {
        navigate(WorkItemsView.class);
        int before = test(workItemGrid(GRID)).size();

        click("work-item-new");
        click("work-item-save");
        assertThat(dutyType().isInvalid()).isTrue();
        assertThat(dutyType().getErrorMessage()).isEqualTo("必填");

        test(dutyType()).selectItem("业务运营统筹 › 制定运营策略");
        click("work-item-save");
        assertThat(textField("work-item-title").isInvalid()).isTrue();
        assertThat(textField("work-item-title").getErrorMessage()).isEqualTo("必填");
        assertThat($(Dialog.class).id("work-item-dialog").isOpened()).isTrue();
        assertThat(test(workItemGrid(GRID)).size()).isEqualTo(before);
    }

    @Test
    void a_due_date_outside_1990_to_2100_is_refused_on_its_field_and_nothing_is_registered() {
        navigate(WorkItemsView.class);
        click("work-item-new");
        var due = datePicker("work-item-due-on");
        assertThat(due.getMin()).isEqualTo(BusinessDate.FIRST);
        assertThat(due.getMax()).isEqualTo(BusinessDate.LAST);

        test(kind()).selectItem("请求");
        test(textField("work-item-title")).setValue("远期事项 " + suffix);
        test(dutyType()).selectItem("业务运营统筹 › 制定运营策略");
        due.setValue(LocalDate.of(2101, 1, 1));
        click("work-item-save");

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("日期必须在 1990-01-01 至 2100-12-31 之间");
        assertThat($(Dialog.class).id("work-item-dialog").isOpened()).isTrue();
    }

    @Test
    void completing_a_major_risk_is_refused_for_the_manager_who_then_sends_it_for_sign_off() {
        var item = registered("manager", "MAJOR_RISK_HANDLING", "供应商停供风险");
        navigate(WorkItemsView.class);
        var grid = workItemGrid(GRID);
        int row = rowOf(grid, item.title());
        assertThat(cell(grid, row, "routing")).isEqualTo("转交 → 总经办需管理层审批");
        assertThat(cell(grid, row, "status")).isEqualTo("进行中");

        test(grid).select(row);
        click("work-items-details");
        assertThat($(Dialog.class).id("work-item-details").getHeaderTitle()).isEqualTo(item.title());
        assertThat(textOf($(Div.class).id("work-item-citation")))
                .contains("流程与风险管控：重大风险处置（需管理层统筹）");
        assertThat(textOf($(Span.class).id("work-item-sign-off"))).isEqualTo("需要：需管理层审批");

        // the charter's refusal is said before anyone tries: completing is shown, disabled, with the reason
        var complete = button("work-item-complete");
        assertThat(complete.isEnabled()).isFalse();
        assertThat(complete.getTooltip().getText())
                .isEqualTo("职责框架规定此事项需管理层决策：须经运营总监审批后才算完成");
        assertThat(textOf($(Span.class).id("work-item-complete-blocked")))
                .endsWith("职责框架规定此事项需管理层决策：须经运营总监审批后才算完成");
        assertThat(status()).isEqualTo("进行中");
        assertThat(reload(item.id()).status()).isEqualTo(WorkItemStatus.OPEN);

        click("work-item-request-sign-off");
        assertThat(notifications()).contains("已提交审批");
        assertThat(status()).isEqualTo("待审批");
        assertThat($(Button.class).withId("work-item-approve").exists())
                .as("the manager may not sign off what the charter reserves for management").isFalse();
        assertThat($(Button.class).withId("work-item-complete").exists()).isFalse();
        assertThat(reload(item.id()).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);
        click("work-item-details-close");
        assertThat(cell(grid, rowOf(grid, item.title()), "status")).isEqualTo("待审批");
    }

    @Test
    @WithUserDetails("director")
    void the_director_approves_a_major_risk_in_the_details_and_the_sign_off_is_on_record() {
        var item = registered("manager", "MAJOR_RISK_HANDLING", "重大客诉舆情处置");
        requestSignOff("manager", item.id());
        navigate(WorkItemsView.class);
        var grid = workItemGrid(GRID);
        test(grid).doubleClickRow(rowOf(grid, item.title()));
        assertThat(status()).isEqualTo("待审批");

        click("work-item-approve");
        test($(TextArea.class).id("work-item-comment")).setValue("同意按预案处置");
        click("work-item-approval-save");

        assertThat(notifications()).contains("已批准：该工作事项已完成");
        assertThat(status()).isEqualTo("已完成");
        assertThat(textOf($(Div.class).id("work-item-sign-off")))
                .startsWith("王建国（运营总监）于 ").contains(" 批准").endsWith("同意按预案处置");
        assertThat($(Button.class).withId("work-item-approve").exists()).isFalse();
        var signed = reload(item.id());
        assertThat(signed.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(signed.signOff()).hasValueSatisfying(s -> assertThat(s.approved()).isTrue());
    }

    @Test
    @WithUserDetails("sales.lead")
    void a_lead_of_another_department_does_not_see_an_item_routed_to_it() {
        var item = registered("manager", "SYSTEM_DEVELOPMENT", "数据中台改造");
        var mine = registered("sales.lead", "CROSS_DEPARTMENT_COORDINATION", "销售与客服协同");
        navigate(WorkItemsView.class);

        var grid = workItemGrid(GRID);
        assertThat(rowOf(grid, item.title())).as("routed to IT, raised by Operations").isNegative();
        assertThat(rowOf(grid, mine.title())).as("raised by the lead").isNotNegative();
        assertThatThrownBy(() -> workItems.get(item.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("it.lead")
    void a_notification_s_link_opens_the_item_and_a_link_to_something_else_says_it_is_not_there() {
        var item = registered("manager", "SYSTEM_DEVELOPMENT", "库存接口改造");

        UI.getCurrent().navigate("charter/work-items", QueryParameters.of("item", item.id().toString()));
        assertThat($(Dialog.class).id("work-item-details").getHeaderTitle()).isEqualTo(item.title());
        assertThat($(Button.class).withId("work-item-complete").exists()).isTrue();

        $(Dialog.class).id("work-item-details").close();
        UI.getCurrent().navigate("charter/work-items", QueryParameters.of("item", "not-an-id"));
        assertThat($(Dialog.class).withId("work-item-details").exists()).isFalse();
        assertThat(notifications()).contains("此记录已不存在。");
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_reads_the_register_without_the_buttons_to_change_it() {
        var item = registered("manager", "RECRUITING", "招聘两名数据分析专员");
        navigate(WorkItemsView.class);

        assertThat($(Button.class).withId("work-item-new").exists()).isFalse();
        var grid = workItemGrid(GRID);
        int row = rowOf(grid, item.title());
        assertThat(cell(grid, row, "routing")).isEqualTo("转交 → 人力资源部");
        test(grid).doubleClickRow(row);
        assertThat($(Dialog.class).id("work-item-details").isOpened()).isTrue();
        for (var id : new String[] {"work-item-complete", "work-item-cancel", "work-item-request-sign-off"}) {
            assertThat($(Button.class).withId(id).exists()).as(id).isFalse();
        }
    }

    @Test
    void the_filters_narrow_the_register_by_department_routing_and_open_items() {
        var toIt = registered("manager", "SYSTEM_DEVELOPMENT", "报表系统开发");
        var own = registered("manager", "BOTTLENECK_ANALYSIS", "分析审批瓶颈");
        as("manager", () -> {
            manage.cancel(own.id(), "重复登记", own.version());
            return null;
        });
        navigate(WorkItemsView.class);
        var grid = workItemGrid(GRID);
        assertThat(rowOf(grid, toIt.title())).isNotNegative();
        assertThat(rowOf(grid, own.title())).isNotNegative();

        test(departmentFilter()).selectItem("信息技术部");
        assertThat(rowOf(grid, toIt.title())).isNotNegative();
        assertThat(rowOf(grid, own.title())).isNegative();

        departmentFilter().clear();
        test(involvementFilter()).selectItem("自有");
        assertThat(rowOf(grid, toIt.title())).isNegative();
        assertThat(rowOf(grid, own.title())).isNotNegative();
        assertThat(cell(grid, rowOf(grid, own.title()), "status")).isEqualTo("已取消");

        test($(Checkbox.class).id("work-items-open-only")).click();
        assertThat(rowOf(grid, own.title())).isNegative();
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)))
                .allSatisfy(shown -> {
                    assertThat(shown.decision().involvement()).isEqualTo(Involvement.OWN);
                    assertThat(shown.status().isClosed()).isFalse();
                });
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_register() {
        UI.getCurrent().navigate("");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getPath))
                .contains("charter").doesNotContain("charter/work-items", "charter/boundary");
        UI.getCurrent().navigate("charter/work-items");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("charter/boundary");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private String status() {
        return $(Span.class).id("work-item-status").getText();
    }

    @SuppressWarnings("unchecked")
    private Select<WorkItemKind> kind() {
        return $(Select.class).id("work-item-kind");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<WorkItemForm.DutyChoice> dutyType() {
        return $(ComboBox.class).id("work-item-duty-type");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<?> departmentFilter() {
        return $(ComboBox.class).id("work-items-department");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<?> involvementFilter() {
        return $(ComboBox.class).id("work-items-involvement");
    }
}
