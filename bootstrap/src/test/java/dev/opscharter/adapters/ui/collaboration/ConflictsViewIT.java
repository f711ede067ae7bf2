package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.collaboration.ActionItemForm.DutyChoice;
import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.collaboration.ResolutionPlanId;
import dev.opscharter.domain.organization.DepartmentCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conflict register through the real use cases on PostgreSQL, in English unless said: the manager records a
 * conflict (one party refused at the field), records the resolution with who agreed it, adds a follow-up that
 * becomes a linked work item; a standing plan adopted is applied to another conflict and, once retired, no longer
 * offered; an auditor reads without a step and the use case refuses them; the administrator cannot open the page;
 * a resolved conflict says in Chinese why it cannot be resolved again.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ConflictsViewIT extends ViewTest {

    static final DepartmentCode SALES = new DepartmentCode("SALES");
    static final DepartmentCode CUSTOMER_SERVICE = new DepartmentCode("CUSTOMER_SERVICE");
    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");
    static final DepartmentCode OPERATIONS = new DepartmentCode("OPERATIONS");

    @Autowired
    ManageConflicts manage;
    @Autowired
    ConflictQueries queries;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private ConflictId recorded(String matter) {
        var id = new ConflictId[1];
        SystemTasks.asUser("manager", () -> id[0] = manage.record(RequestKey.fresh(), Set.of(FINANCE, OPERATIONS),
                matter + " " + tag));
        return id[0];
    }

    private void open(ConflictId id) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("collaboration/conflicts", QueryParameters.of(ConflictsView.CONFLICT, id.toString()));
        assertThat(getCurrentView()).isInstanceOf(ConflictsView.class);
        assertThat($(Dialog.class).id("conflict-details").isOpened()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private String text(String id) {
        return textOf($(Span.class).id(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_manager_records_a_conflict_its_agreed_resolution_and_a_follow_up_that_becomes_a_work_item() {
        UI.getCurrent().navigate("collaboration/conflicts");
        click("conflicts-new");
        MultiSelectComboBox<DepartmentCode> parties = $(MultiSelectComboBox.class).id("conflict-new-parties");
        parties.setValue(Set.of(SALES));
        test($(TextArea.class).id("conflict-new-matter")).setValue("Whether the customer asked for a refund " + tag);
        click("conflict-new-save");
        assertThat(parties.isInvalid()).isTrue();
        assertThat(parties.getErrorMessage()).isEqualTo("At least 2 departments");
        parties.setValue(Set.of(SALES, CUSTOMER_SERVICE));
        click("conflict-new-save");
        assertThat(notifications()).contains("Conflict recorded");

        var conflict = queries.conflicts(PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(c -> c.matter().endsWith(tag)).findFirst().orElseThrow();
        assertThat(this.<Object>grid("conflicts-grid").getSelectedItems()).as("the new one selected").hasSize(1);
        click("conflicts-details");
        assertThat(text("conflict-status")).isEqualTo("Open");
        assertThat(text("conflict-parties")).contains("Sales", "Customer Service");

        click("conflict-step-resolve");
        test($(TextArea.class).id("conflict-resolve-text")).setValue("The customer's written request decides.");
        test(textField("conflict-resolve-agreed-by")).setValue("Chen Lihua, Zhao Min，");
        click("conflict-resolve-save");
        assertThat(notifications()).contains("Resolution recorded");
        assertThat(text("conflict-status")).isEqualTo("Resolved");
        assertThat(text("conflict-agreed-by")).isEqualTo("Chen Lihua, Zhao Min");
        assertThat(button("conflict-step-resolve").isEnabled()).isFalse();

        click("conflict-step-follow-up");
        $(ComboBox.class).id("conflict-follow-up-department").setValue(CUSTOMER_SERVICE);
        test(textField("conflict-follow-up-title")).setValue("Ask for refunds in writing " + tag);
        ComboBox<DutyChoice> duty = $(ComboBox.class).id("conflict-follow-up-duty-type");
        duty.setValue(duty.getListDataView().getItems()
                .filter(choice -> choice.dutyType().equals("OPERATING_STANDARDS")).findFirst().orElseThrow());
        click("conflict-follow-up-save");
        assertThat(notifications()).contains("Action item added and registered as a work item");
        var followUp = queries.conflict(conflict.id()).record().followUps().getFirst();
        assertThat(rowTexts(grid("conflict-follow-ups"), 0)).contains("Customer Service", followUp.title(), "Own");
        assertThat(test(this.<Object>grid("conflict-follow-ups")).getCellComponent(0, "workItem"))
                .isInstanceOfSatisfying(Anchor.class, link -> assertThat(link.getHref())
                        .isEqualTo("charter/work-items?item=" + followUp.workItem().orElseThrow()));
    }

    @Test
    void a_standing_plan_is_adopted_applied_and_once_retired_no_longer_offered() {
        var plan = "Cost accounting " + tag;
        UI.getCurrent().navigate("collaboration/conflicts");
        $(TabSheet.class).id("conflicts-tabs").setSelectedIndex(1);
        click("plans-new");
        test(textField("plan-new-name")).setValue(plan);
        test($(TextArea.class).id("plan-new-applies-when")).setValue("Finance and Operations disagree on a cost");
        test($(TextArea.class).id("plan-new-approach")).setValue("The cost manual decides; the director arbitrates.");
        click("plan-new-save");
        assertThat(notifications()).contains("Plan adopted");
        var adopted = queries.plans().stream().filter(p -> p.name().equals(plan)).findFirst().orElseThrow();

        var id = recorded("Who bears the freight");
        open(id);
        click("conflict-step-apply-plan");
        @SuppressWarnings("unchecked")
        ComboBox<ResolutionPlan> choice = $(ComboBox.class).id("conflict-apply-plan");
        choice.setValue(adopted);
        test(textField("conflict-apply-agreed-by")).setValue("He Li、Li Ming");
        click("conflict-apply-save");
        assertThat(notifications()).contains("Resolution recorded");
        assertThat(text("conflict-resolution")).isEqualTo("The cost manual decides; the director arbitrates.");
        assertThat(text("conflict-plan")).isEqualTo(plan);
        assertThat(queries.conflict(id).record().resolution().orElseThrow().agreedBy())
                .containsExactly("He Li", "Li Ming");
        $(Dialog.class).id("conflict-details").close();
        $(TabSheet.class).id("conflicts-tabs").setSelectedIndex(1);
        var plans = this.<ResolutionPlan>grid("plans-grid");
        plans.select(plans.getListDataView().getItems().filter(p -> p.id().equals(adopted.id())).findFirst()
                .orElseThrow());
        click("plans-retire");
        assertThat(notifications()).contains("Plan retired");
        assertThat(queries.plans()).filteredOn(p -> p.id().equals(adopted.id())).singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
        open(recorded("Who bears the packaging"));
        click("conflict-step-apply-plan");
        @SuppressWarnings("unchecked")
        ComboBox<ResolutionPlan> offered = $(ComboBox.class).id("conflict-apply-plan");
        assertThat(offered.getListDataView().getItems().map(ResolutionPlan::id).toList())
                .doesNotContain(adopted.id());
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_reads_the_register_without_a_step_and_the_use_case_refuses_them() {
        var id = recorded("Read by the auditor");
        open(id);

        assertThat($(Button.class).withId("conflict-step-resolve").exists()).isFalse();
        $(Dialog.class).id("conflict-details").close();
        assertThat($(Button.class).withId("conflicts-new").exists()).isFalse();
        $(TabSheet.class).id("conflicts-tabs").setSelectedIndex(1);
        assertThat($(Button.class).withId("plans-new").exists()).isFalse();
        assertThatThrownBy(() -> manage.resolve(id, "An auditor's ruling", List.of("auditor"), 0))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> manage.retirePlan(ResolutionPlanId.random(), 0)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_register() {
        UI.getCurrent().navigate("collaboration/conflicts");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_resolved_conflict_says_in_chinese_why_it_is_not_resolved_again() {
        var id = recorded("运费由谁承担");
        SystemTasks.asUser("manager", () -> manage.resolve(id, "按成本手册执行", List.of("何丽"),
                queries.conflict(id).record().version()));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(id);

        assertThat(text("conflict-status")).isEqualTo("已解决");
        assertThat(text("conflict-step-resolve-blocked")).isEqualTo("记录解决方案: 该冲突已解决。");
        assertThat(text("conflict-parties")).contains("财务部", "、", "运营管理部");
    }
}
