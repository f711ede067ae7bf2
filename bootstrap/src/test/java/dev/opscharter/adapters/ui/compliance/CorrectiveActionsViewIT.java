package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.in.Inbox;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrective actions and the inbox through the real use cases on PostgreSQL, in Chinese: a
 * manager raises an action from the check results' link, the owner works it through to submission,
 * the manager verifies and closes it; overdue actions stand out; who sees what.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CorrectiveActionsViewIT extends ViewTest {

    private static final String GRID = "actions-grid";

    @Autowired
    ManageCorrectiveActions manage;
    @Autowired
    CorrectiveActionQueries queries;
    @Autowired
    CorrectiveActions store;
    @Autowired
    Inbox inbox;
    @Autowired
    UserDetailsService users;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    // ---- helpers

    private void open(String location) {
        var parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
        assertThat(getCurrentView().getClass().getSimpleName()).isIn("CorrectiveActionsView", "InboxView");
    }

    @SuppressWarnings("unchecked")
    private Grid<CorrectiveAction> grid() {
        return $(Grid.class).id(GRID);
    }

    private int rowOf(String title) {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).title().equals(title)).findFirst()
                .orElse(-1);
    }

    private String cell(int row, String key) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition(key));
    }


    private <T> T as(String username, Supplier<T> work) {
        return new SignedIn(users).as(username, work);
    }

    private CorrectiveActionId created(String title) {
        return as("manager", () -> manage.create(new NewCorrectiveAction(new FindingRef(UUID.randomUUID(), "2026-Q2",
                "ORDER_" + suffix, DeviationType.STEP_LATE, "SHIP"), "发货超时", 5, title + " " + suffix,
                "specialist", queries.today().plusDays(10), "")));
    }

    private CorrectiveAction reload(CorrectiveActionId id) {
        return SystemTasks.asSystem(() -> queries.get(id));
    }

    private void openDetails(String title) {
        int row = rowOf(title);
        assertThat(row).as(title).isNotNegative();
        test(grid()).select(row);
        click("actions-details");
    }

    private boolean newButtonShown() {
        return $(com.vaadin.flow.component.button.Button.class).all().stream()
                .anyMatch(b -> b.getId().orElse("").equals("actions-new"));
    }

    // ---- tests

    @Test
    void the_check_results_link_opens_the_new_action_dialog_with_the_finding_and_the_manager_creates_it() {
        var check = UUID.randomUUID();
        open("compliance/actions?check=" + check + "&period=2026-Q2&process=ORDER_" + suffix
                + "&type=WRONG_ROLE&step=PACK&cases=12");

        var dialog = $(Dialog.class).id("actions-new-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(textField("actions-new-check").getValue()).isEqualTo(check.toString());
        assertThat(textField("actions-new-process").getValue()).isEqualTo("ORDER_" + suffix);
        assertThat(textField("actions-new-step").getValue()).isEqualTo("PACK");
        assertThat($(ComboBox.class).id("actions-new-type").getValue()).isEqualTo(DeviationType.WRONG_ROLE);
        assertThat($(IntegerField.class).id("actions-new-cases").getValue()).isEqualTo(12);
        // internal audit is not offered as an owner (the server refuses it too)
        List<String> owners = test($(ComboBox.class).id("actions-new-owner")).getSuggestions();
        assertThat(owners).contains("张晓雨").doesNotContain("刘芳"); // people by name: the auditor is 刘芳

        test(textField("actions-new-title")).setValue("打包由仓管员复核 " + suffix);
        test($(ComboBox.class).id("actions-new-owner")).selectItem("张晓雨");
        click("actions-new-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("整改措施已创建，并已通知责任人");
        int row = rowOf("打包由仓管员复核 " + suffix);
        assertThat(row).isNotNegative();
        assertThat(cell(row, "status")).isEqualTo("待开始");
        assertThat(cell(row, "owner")).isEqualTo("张晓雨");
        assertThat(cell(row, "finding")).isEqualTo("ORDER_" + suffix + " · 角色不符 · PACK (2026-Q2)");
        var action = test(grid()).getRow(row);
        assertThat(action.finding().orElseThrow().checkId()).isEqualTo(check);
        assertThat(action.assignedBy()).isEqualTo("manager");

        var told = as("specialist", () -> inbox.mine());
        assertThat(told).anySatisfy(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.corrective-action.assigned");
            assertThat(n.link()).isEqualTo("compliance/actions?action=" + action.id());
        });
    }

    @Test
    void the_actions_are_read_a_page_at_a_time_sorted_and_filtered_by_the_database() {
        open("compliance/actions");
        @SuppressWarnings("unchecked")
        Grid<CorrectiveAction> grid = $(Grid.class).id(GRID);
        var all = new CorrectiveActionQueries.ActionFilter(false, Optional.empty(), false);

        // a lazy grid: it holds no list, it asks the query port for each page it shows
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(test(grid).size()).isEqualTo((int) queries.count(all));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("due")).build());
        var byDueDate = queries.find(all, new PageRequest(0, 2, List.of(new PageRequest.Order("dueOn", false))));
        assertThat(IntStream.range(0, byDueDate.size()).mapToObj(i -> test(grid).getRow(i).id()))
                .containsExactlyElementsOf(byDueDate.stream().map(CorrectiveAction::id).toList());
        test($(Checkbox.class).id("actions-mine-only")).click();
        assertThat(test(grid).size())
                .isEqualTo((int) queries.count(new CorrectiveActionQueries.ActionFilter(true, Optional.empty(), false)));
    }

    @Test
    void a_new_action_without_title_or_owner_is_refused_on_its_fields() {
        open("compliance/actions");
        int before = test(grid()).size();
        click("actions-new");
        test(textField("actions-new-process")).setValue("ORDER_" + suffix);
        test($(ComboBox.class).id("actions-new-type")).selectItem("案例超时");
        click("actions-new-save");
        assertThat($(ComboBox.class).id("actions-new-owner").isInvalid()).isTrue();

        test($(ComboBox.class).id("actions-new-owner")).selectItem("张晓雨");
        click("actions-new-save");
        assertThat(textField("actions-new-title").isInvalid()).isTrue();
        assertThat(textField("actions-new-title").getErrorMessage()).isEqualTo("必填");
        assertThat($(Dialog.class).id("actions-new-dialog").isOpened()).isTrue();
        assertThat(test(grid()).size()).isEqualTo(before);
    }

    @Test
    void the_owner_works_the_action_and_the_manager_verifies_and_closes_it() {
        var id = created("缩短发货时间");
        var title = "缩短发货时间 " + suffix;

        new SignedIn(users).switchTo("specialist");
        open("compliance/actions");
        assertThat(newButtonShown()).isFalse();
        openDetails(title);
        assertThat(textOf($(Span.class).id("action-status"))).isEqualTo("待开始");

        click("action-start");
        assertThat(textOf($(Span.class).id("action-status"))).isEqualTo("整改中");

        // the rule's refusal is said before anyone tries: submitting is shown, disabled, with the reason
        assertThat(button("action-submit").isEnabled()).isFalse();
        assertThat(button("action-submit").getTooltip().getText()).isEqualTo("提交前请填写根本原因");
        assertThat(textOf($(Span.class).id("action-submit-blocked"))).endsWith("提交前请填写根本原因");

        click("action-root-cause-edit");
        test($(TextArea.class).id("action-root-cause-text")).setValue("仓库周末排班不足");
        click("action-root-cause-save");
        assertThat(textOf($(Span.class).id("action-root-cause"))).isEqualTo("仓库周末排班不足");

        as("specialist", () -> manage.attachEvidence(id, "排班表.csv", "text/csv",
                "周六,2人".getBytes(StandardCharsets.UTF_8)));
        click("action-details-close");
        openDetails(title);
        assertThat($(Anchor.class).id("action-evidence-0").getText()).isEqualTo("排班表.csv");

        click("action-submit");
        click("action-submission-save");
        assertThat(textOf($(Span.class).id("action-status"))).isEqualTo("已提交");
        assertThat(reload(id).status()).isEqualTo(ActionStatus.SUBMITTED);
        click("action-details-close");

        new SignedIn(users).switchTo("manager");
        open("inbox");
        open("compliance/actions?action=" + id);
        assertThat($(Dialog.class).id("action-details").isOpened()).isTrue();
        click("action-verify");
        assertThat(textOf($(Span.class).id("action-status"))).isEqualTo("已验证");
        click("action-close");
        assertThat(textOf($(Span.class).id("action-status"))).isEqualTo("已关闭");
        assertThat(reload(id).status()).isEqualTo(ActionStatus.CLOSED);
        assertThat(reload(id).history()).extracting(e -> e.kind().name())
                .containsExactly("CREATED", "STARTED", "ROOT_CAUSE", "EVIDENCE", "SUBMITTED", "VERIFIED", "CLOSED");
    }

    @Test
    void the_manager_reopens_a_submitted_action_with_a_reason() {
        var id = created("补充说明");
        as("specialist", () -> {
            manage.start(id, queries.get(id).version());
            manage.recordRootCause(id, "原因", queries.get(id).version());
            manage.submit(id, "说明", queries.get(id).version());
            return null;
        });
        open("compliance/actions?action=" + id);
        click("action-reopen");
        click("action-reopening-save");
        assertThat($(TextArea.class).id("action-reopen-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("action-reopen-reason")).setValue("证据不足");
        click("action-reopening-save");

        assertThat(textOf($(Span.class).id("action-status"))).isEqualTo("整改中");
        assertThat(reload(id).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void an_overdue_action_is_highlighted_and_found_by_the_overdue_filter() {
        var today = queries.today();
        var overdue = CorrectiveAction.create(new FindingRef(null, "2026-Q1", "ORDER_" + suffix,
                        DeviationType.CASE_LATE, null), "", 2, "逾期措施 " + suffix, "specialist", today.minusDays(4), "",
                Actor.user("manager", Set.of(Role.OPS_MANAGER)), Instant.now());
        store.save(overdue);
        created("按期措施");

        open("compliance/actions");
        assertThat(cell(rowOf("逾期措施 " + suffix), "due")).contains("逾期 4 天");
        assertThat(cell(rowOf("按期措施 " + suffix), "due")).doesNotContain("逾期");

        test($(Checkbox.class).id("actions-overdue-only")).click();
        assertThat(rowOf("逾期措施 " + suffix)).isNotNegative();
        assertThat(rowOf("按期措施 " + suffix)).isNegative();
    }

    @Test
    void an_auditor_reads_every_action_but_creates_none_and_a_specialist_sees_only_their_own() {
        created("审计可见");
        new SignedIn(users).switchTo("auditor");
        open("compliance/actions");
        assertThat(rowOf("审计可见 " + suffix)).isNotNegative();
        assertThat(newButtonShown()).isFalse();

        new SignedIn(users).switchTo("specialist");
        open("compliance/actions");
        assertThat(test(grid()).size()).isPositive();
        IntStream.range(0, test(grid()).size())
                .forEach(i -> assertThat(test(grid()).getRow(i).owner()).isEqualTo("specialist"));
    }

    @Test
    void the_inbox_lists_the_notification_marks_it_read_and_follows_its_link() {
        var id = created("消息跳转");
        new SignedIn(users).switchTo("specialist");
        open("inbox");

        @SuppressWarnings("unchecked")
        Grid<InboxEntry> entries = $(Grid.class).id("inbox-grid");
        int row = IntStream.range(0, test(entries).size())
                .filter(i -> test(entries).getRow(i).link().equals("compliance/actions?action=" + id))
                .findFirst().orElseThrow();
        assertThat(test(entries).getCellText(row, test(entries).getColumnPosition("subject")))
                .startsWith("您被指派了整改措施：消息跳转 " + suffix);
        int unread = as("specialist", inbox::unreadCount);
        assertThat(textOf($(Span.class).id("inbox-unread"))).isEqualTo(unread + " 条未读");

        test(entries).select(row);
        click("inbox-open");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CorrectiveActionsView");
        assertThat($(Dialog.class).id("action-details").getHeaderTitle()).isEqualTo("消息跳转 " + suffix);
        assertThat(as("specialist", inbox::unreadCount)).isEqualTo(unread - 1);
    }
}
