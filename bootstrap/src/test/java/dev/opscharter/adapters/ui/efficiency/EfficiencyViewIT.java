package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.in.ManageBenchmarks;
import dev.opscharter.application.efficiency.port.in.ManageProjects;
import dev.opscharter.application.efficiency.port.in.ProjectQueries;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;
import dev.opscharter.domain.efficiency.Training;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The efficiency screens through the real use cases on PostgreSQL, in English: the manager plans a project in
 * the editor, opens it with the steps the project's rules give, and sees each indicator's improvement in its own
 * direction; an auditor reads without steps.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class EfficiencyViewIT extends ViewTest {

    @Autowired
    ProjectQueries queries;
    @Autowired
    ManageProjects manage;
    @Autowired
    ManageBenchmarks benchmarks;
    @Autowired
    UserDetailsService users;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private Grid<OptimizationProject> grid() {
        return $(Grid.class).id("projects-grid");
    }

    private void openList() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("efficiency");
        assertThat(getCurrentView()).isInstanceOf(EfficiencyView.class);
    }

    private int rowOf(String title) {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).title().equals(title)).findFirst()
                .orElse(-1);
    }

    private void openDetails(String title) {
        openList();
        int row = rowOf(title);
        assertThat(row).as(title).isNotNegative();
        test(grid()).select(row);
        click("projects-details");
        assertThat($(Dialog.class).id("project-details").isOpened()).isTrue();
    }

    private boolean shown(String id) {
        return $(Button.class).withId(id).exists();
    }

    private OptimizationProjectId planned(String title, String after) {
        return new SignedIn(users).as("manager", () -> manage.plan(RequestKey.fresh(), new ProjectDraft(title,
                "manager", Optional.empty(), List.of(EfficiencyIndicator.typed("processing time", MetricUnit.HOURS,
                MetricDirection.LOWER_IS_BETTER, true, Optional.of(new BigDecimal("5")),
                Optional.ofNullable(after).map(BigDecimal::new))))));
    }

    @Test
    void the_manager_plans_a_project_with_an_indicator_in_the_editor() {
        openList();
        click("projects-new");
        assertThat($(Dialog.class).id("project-dialog").isOpened()).isTrue();
        var title = "Faster orders " + suffix;
        test(textField("project-title")).setValue(title);
        @SuppressWarnings("unchecked")
        ComboBox<String> owner = $(ComboBox.class).id("project-owner");
        assertThat(owner.getListDataView().getItems().map(owner.getItemLabelGenerator()))
                .as("people by name").contains("张晓雨", "李明").doesNotContain("specialist");
        owner.setValue("specialist");
        test(textField("project-indicator-0-name")).setValue("order processing time");
        test($(BigDecimalField.class).id("project-indicator-0-baseline")).setValue(new BigDecimal("6.5"));
        click("project-save");

        assertThat(notifications()).contains("Project planned");
        var created = queries.page(new ProjectFilter(Optional.empty(), Optional.of(suffix)), PageRequest.first(10));
        assertThat(created).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(ProjectState.PLANNED);
            assertThat(p.owner()).isEqualTo("specialist");
            assertThat(p.indicators()).singleElement().satisfies(i -> {
                assertThat(i.baseline()).contains(new BigDecimal("6.5"));
                assertThat(i.direction()).isEqualTo(MetricDirection.LOWER_IS_BETTER);
                assertThat(i.core()).isTrue();
            });
        });
        assertThat(rowTexts(grid(), rowOf(title))).contains(title, "张晓雨", "Planned").doesNotContain("specialist");
    }

    @Test
    void the_steps_come_from_the_project_and_acceptance_waits_for_every_value() {
        var title = "Steps " + suffix;
        planned(title, null);
        openDetails(title);

        assertThat(test($(Span.class).id("project-owner-fact")).getText()).as("the owner by name").isEqualTo("李明");
        assertThat(List.of("project-edit", "project-start", "project-cancel")).allMatch(this::shown);
        assertThat(button("project-measure").isEnabled()).as("no process to measure").isFalse();
        assertThat(shown("project-accept")).isFalse();
        click("project-start");

        assertThat(test($(Span.class).id("project-state")).getText()).isEqualTo("In progress");
        assertThat(button("project-accept").isEnabled()).isFalse();
        assertThat(test($(Span.class).id("project-accept-blocked")).getText())
                .contains("Every indicator needs its baseline and its value after");
        $(Dialog.class).id("project-details").close();

        new SignedIn(users).switchTo("auditor");
        openDetails(title);
        assertThat(List.of("project-edit", "project-start", "project-accept", "project-cancel"))
                .noneMatch(this::shown);
        assertThat(shown("projects-new")).isFalse();
    }

    @Test
    void each_indicator_shows_its_improvement_in_its_own_direction_and_the_project_its_core_improvement() {
        var title = "Improved " + suffix;
        planned(title, "4");
        openDetails(title);

        assertThat(test($(Span.class).id("project-core-improvement")).getText()).isEqualTo("+20 %");
        @SuppressWarnings("unchecked")
        Grid<EfficiencyIndicator> indicators = $(Grid.class).id("project-indicators");
        assertThat(rowTexts(indicators, 0)).contains("processing time", "lower", "5 h", "4 h", "entered");
    }

    @Test
    void a_tool_shows_whether_it_met_the_charter_s_20_percent_and_the_training_given() {
        var met = "CRM " + suffix;
        var missed = "ERP " + suffix;
        new SignedIn(users).as("manager", () -> {
            benchmarks.record(RequestKey.fresh(), tool(met, "8"));
            return benchmarks.record(RequestKey.fresh(), tool(missed, "8.01"));
        });
        openList();
        $(TabSheet.class).single().setSelectedIndex(2);

        @SuppressWarnings("unchecked")
        Grid<ToolIntroduction> tools = $(Grid.class).id("tools-grid");
        var tester = test(tools);
        var rows = IntStream.range(0, tester.size()).boxed()
                .filter(i -> tester.getRow(i).name().endsWith(suffix)).toList();
        assertThat(rows).hasSize(2);
        for (int row : rows) {
            var texts = rowTexts(tools, row);
            if (tester.getRow(row).name().equals(met)) {
                assertThat(texts).contains("+20 %", "met", "3 sessions, 40 attendees");
            } else {
                assertThat(texts).contains("+19.9 %", "not met");
            }
        }
    }

    private static ToolIntroduction tool(String name, String after) {
        return new ToolIntroduction(ToolIntroductionId.random(), name, "follow-up time",
                MetricDirection.LOWER_IS_BETTER, LocalDate.of(2026, 3, 1), new BigDecimal("10"),
                Optional.of(new BigDecimal(after)), new Training(3, 40, ""), 0);
    }
}
