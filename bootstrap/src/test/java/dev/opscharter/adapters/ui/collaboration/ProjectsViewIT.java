package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.organization.DepartmentCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Projects and launches through the real use cases on PostgreSQL, in English unless said: the manager starts a
 * project (an empty name refused at its field), gives Marketing and Sales their parts and a milestone; a milestone
 * past its day shows overdue in the list, the details and red on the timeline, and completing it clears it; a
 * department lead follows without a step and the use case refuses them; the administrator cannot open the page; a
 * step blocked until the departments have parts says why in Chinese.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ProjectsViewIT extends ViewTest {

    static final DepartmentCode MARKETING = new DepartmentCode("MARKETING");
    static final DepartmentCode SALES = new DepartmentCode("SALES");

    @Autowired
    ManageProjects manage;
    @Autowired
    ProjectQueries queries;

    private final String name = "Customer satisfaction " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private long version(CrossDepartmentProjectId id) {
        return queries.project(id).record().version();
    }

    /** Started ten days ago by the manager, with Marketing's research due three days ago and Sales' part. */
    private CrossDepartmentProjectId overdueResearch() {
        var project = new CrossDepartmentProjectId[1];
        SystemTasks.asUser("manager", () -> {
            var today = queries.today();
            var id = manage.start(RequestKey.fresh(), ProjectKind.PROJECT, name, "Satisfaction at 85 %",
                    today.minusDays(10));
            manage.assign(id, MARKETING, "Research", version(id));
            manage.assign(id, SALES, "Customer calls", version(id));
            manage.addMilestone(id, "Research report", MARKETING, today.minusDays(3), version(id));
            manage.addMilestone(id, "Calls done", SALES, today.plusDays(20), version(id));
            project[0] = id;
        });
        return project[0];
    }

    private void open(CrossDepartmentProjectId id) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("collaboration/projects", QueryParameters.of(ProjectsView.PROJECT, id.toString()));
        assertThat(getCurrentView()).isInstanceOf(ProjectsView.class);
        assertThat($(Dialog.class).id("project-details").isOpened()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private String timeline() {
        return $(Div.class).id("project-timeline").getChildren().filter(Svg.class::isInstance).findFirst()
                .map(svg -> svg.getElement().getProperty("innerHTML", "")).orElse("");
    }

    @Test
    void the_manager_starts_a_project_and_gives_the_departments_their_parts_and_a_milestone() {
        UI.getCurrent().navigate("collaboration/projects");
        click("projects-new");
        $(Select.class).id("project-new-kind").setValue(ProjectKind.PRODUCT_LAUNCH);
        test($(TextArea.class).id("project-new-goal")).setValue("On the shelves in June");
        click("project-new-save");
        assertThat(textField("project-new-name").isInvalid()).isTrue();
        assertThat(textField("project-new-name").getErrorMessage()).isEqualTo("Required");
        test(textField("project-new-name")).setValue(name);
        click("project-new-save");

        assertThat(notifications()).contains("Project started");
        assertThat($(Dialog.class).id("project-details").isOpened()).as("the new project opens").isTrue();
        assertThat(textOf($(Span.class).id("project-kind"))).isEqualTo("Product launch");
        assertThat($(Span.class).id("project-timeline-empty").getText())
                .isEqualTo("The timeline shows once departments have their parts.");
        assertThat(button("project-step-milestone").isEnabled()).isFalse();

        click("project-step-assign");
        $(ComboBox.class).id("project-assign-department").setValue(SALES);
        test($(TextArea.class).id("project-assign-duty")).setValue("Channel stocking");
        click("project-assign-save");
        assertThat(notifications()).contains("Part set");
        assertThat(rowTexts(grid("project-parts"), 0)).containsExactly("Sales", "Channel stocking");

        click("project-step-milestone");
        test(textField("project-milestone-title")).setValue("Stock in all channels");
        $(ComboBox.class).id("project-milestone-owner").setValue(SALES);
        datePicker("project-milestone-due").setValue(queries.today().plusDays(30));
        click("project-milestone-save");
        assertThat(notifications()).contains("Milestone added");
        assertThat(rowTexts(grid("project-milestones"), 0)).contains("Stock in all channels", "Sales", "Open");
        assertThat(timeline()).contains("Sales", "Today", TimelineChart.OPEN).doesNotContain(TimelineChart.OVERDUE);
    }

    @Test
    void an_overdue_milestone_is_red_in_the_list_the_details_and_the_timeline_until_it_is_done() {
        var id = overdueResearch();
        open(id);

        assertThat(rowTexts(grid("project-milestones"), 0)).contains("Research report", "Marketing",
                "Overdue by 3 days");
        assertThat(rowTexts(grid("project-milestones"), 1)).contains("Calls done", "Sales", "Open");
        assertThat(timeline()).contains("Marketing", "Sales", "data-today", "class=\"milestone overdue\"",
                TimelineChart.OVERDUE, "class=\"milestone open\"");
        $(Dialog.class).id("project-details").close();
        var projects = this.<Object>grid("projects-grid");
        var row = IntStream.range(0, test(projects).size()).mapToObj(i -> rowTexts(grid(
                "projects-grid"), i)).filter(cells -> cells.contains(name)).findFirst().orElseThrow();
        assertThat(row).contains("Cross-department project", "Marketing, Sales", "Running", "1 milestone overdue");

        open(id);
        click("project-step-complete-milestone");
        $(ComboBox.class).id("project-complete-milestone").setValue(queries.project(id).record().milestones()
                .getFirst());
        click("project-complete-save");
        assertThat(notifications()).contains("Milestone completed");
        assertThat(rowTexts(grid("project-milestones"), 0)).contains("Research report", "Done");
        assertThat(queries.project(id).record().overdueMilestones(queries.today())).isEmpty();
        assertThat(timeline()).doesNotContain(TimelineChart.OVERDUE).contains("class=\"milestone done\"");
    }

    @Test
    @WithUserDetails("sales.lead")
    void a_department_lead_follows_a_project_without_a_step_and_the_use_case_refuses_planning() {
        var id = overdueResearch();
        open(id);

        assertThat($(Button.class).withId("project-step-assign").exists()).isFalse();
        $(Dialog.class).id("project-details").close();
        assertThat($(Button.class).withId("projects-new").exists()).isFalse();
        assertThatThrownBy(() -> manage.assign(id, SALES, "A lead's own part", version(id)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_projects() {
        UI.getCurrent().navigate("collaboration/projects");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_milestone_before_the_parts_is_refused_with_the_reason_in_chinese() {
        var project = new CrossDepartmentProjectId[1];
        SystemTasks.asUser("manager", () -> project[0] = manage.start(RequestKey.fresh(), ProjectKind.TRADE_SHOW,
                name, "展会获客", queries.today()));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(project[0]);

        assertThat(textOf($(Span.class).id("project-kind"))).isEqualTo("展会");
        assertThat(button("project-step-milestone").isEnabled()).isFalse();
        assertThat(textOf($(Span.class).id("project-step-milestone-blocked")))
                .isEqualTo("添加里程碑: 请先为各部门分配职责，再添加里程碑。");
    }
}
