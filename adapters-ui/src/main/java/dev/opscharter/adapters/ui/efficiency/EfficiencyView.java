package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.in.BenchmarkQueries;
import dev.opscharter.application.efficiency.port.in.ManageBenchmarks;
import dev.opscharter.application.efficiency.port.in.ManageProjects;
import dev.opscharter.application.efficiency.port.in.ProjectQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.EfficiencyPermission;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/**
 * Efficiency (效率提升) in three tabs: the process-optimization projects (paged and filtered in the database,
 * each opening in its dialog with the steps the project's rules give the user), the benchmarks with the teams
 * that reach them, and the tools introduced against the charter's expected 20 % gain. Ids: the lists
 * {@code projects}, {@code benchmarks}, {@code tools}; the tabs {@code efficiency-tab-<list>}.
 */
@Route(value = "efficiency", layout = MainLayout.class)
@Menu(order = 53, title = "nav.operations.efficiency")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class EfficiencyView extends VerticalLayout implements HasDynamicTitle {

    private final EfficiencyTexts texts;
    private final ProjectQueries projectQueries;
    private final ManageProjects manageProjects;
    private final BenchmarkQueries benchmarkQueries;
    private final ManageBenchmarks manageBenchmarks;
    private final MyPermissions permissions;
    private final ComboBox<ProjectState> state = new ComboBox<>();
    private final TextField search = new TextField();
    private final RecordList<OptimizationProject, ProjectFilter> projects;
    private final RecordList<Benchmark, Boolean> benchmarks;
    private final RecordList<ToolIntroduction, Boolean> tools;

    EfficiencyView(ProjectQueries projectQueries, ManageProjects manageProjects, BenchmarkQueries benchmarkQueries,
                   ManageBenchmarks manageBenchmarks, Directory directory, MyPermissions permissions) {
        this.texts = new EfficiencyTexts(this, directory);
        this.projectQueries = projectQueries;
        this.manageProjects = manageProjects;
        this.benchmarkQueries = benchmarkQueries;
        this.manageBenchmarks = manageBenchmarks;
        this.permissions = permissions;
        addClassName("view");
        setSizeFull();
        setPadding(false);

        projects = projectList();
        benchmarks = benchmarkList();
        tools = toolList();
        var tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(t("efficiency.tab.projects"), projects).setId("efficiency-tab-projects");
        tabs.add(t("efficiency.tab.benchmarks"), benchmarks).setId("efficiency-tab-benchmarks");
        tabs.add(t("efficiency.tab.tools"), tools).setId("efficiency-tab-tools");
        add(tabs);
        projects.refresh(null);
        benchmarks.refresh(null);
        tools.refresh(null);
    }

    private RecordList<OptimizationProject, ProjectFilter> projectList() {
        state.setId("projects-state-filter");
        state.setPlaceholder(t("efficiency.projects.all-states"));
        state.setClearButtonVisible(true);
        state.setItems(ProjectState.values());
        state.setItemLabelGenerator(s -> t("efficiency.state." + s.name()));
        search.setId("projects-search");
        search.setPlaceholder(t("efficiency.projects.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        var list = new RecordList<>("projects", RecordSource.of(projectQueries::page, projectQueries::count),
                OptimizationProject::id, () -> new ProjectFilter(state.getOptionalValue(),
                Optional.of(search.getValue())));
        list.title(t("efficiency.projects.title"));
        list.filters(state, search);
        boolean preparer = permissions.may(EfficiencyPermission.PREPARE);
        var create = list.action("efficiency.project.new", "projects-new", this::newProject);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(preparer);
        var details = list.action("efficiency.projects.details", "projects-details",
                () -> list.selected().ifPresent(this::openProject));
        details.setEnabled(false);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.column("efficiency.project.title", OptimizationProject::title, "title").setKey("title").setFlexGrow(3);
        list.column("efficiency.project.owner", p -> texts.person(p.owner()), "owner").setKey("owner").setAutoWidth(true);
        list.column("efficiency.project.process", p -> p.processCode().orElse("–"), null).setKey("process")
                .setAutoWidth(true);
        list.badgeColumn("efficiency.project.state", p -> texts.state(p.state())).setKey("state")
                .setSortProperty("state");
        list.column("efficiency.project.landed-on", p -> p.landedOn().map(Formats::date).orElse("–"), "landedOn")
                .setKey("landedOn").setAutoWidth(true);
        list.badgeColumn("efficiency.project.core-improvement", this::coreImprovement).setKey("improvement");
        var first = new Button(t("efficiency.project.new"), e -> newProject());
        first.setId("projects-empty-new");
        list.emptyState(preparer ? "efficiency.projects.empty.preparer" : "efficiency.projects.empty",
                preparer ? first : null);
        list.onOpen(this::openProject);
        return list;
    }

    private StatusBadge coreImprovement(OptimizationProject project) {
        return project.coreImprovement().map(percent -> new StatusBadge(texts.signedPercent(percent),
                        percent.compareTo(EfficiencyIndicator.NOTABLE) >= 0
                                ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL))
                .orElseGet(() -> new StatusBadge("–", StatusBadge.Tone.NEUTRAL));
    }

    private RecordList<Benchmark, Boolean> benchmarkList() {
        var list = new RecordList<Benchmark, Boolean>("benchmarks",
                RecordSource.of((all, page) -> benchmarkQueries.benchmarks(page), all -> benchmarkQueries.countBenchmarks()),
                Benchmark::id, () -> true);
        list.title(t("efficiency.benchmarks.title"));
        boolean manager = permissions.may(EfficiencyPermission.MANAGE);
        var create = list.action("efficiency.benchmark.new", "benchmarks-new",
                () -> BenchmarkEditor.open(this, manageBenchmarks, texts, null, () -> refreshBenchmarks()));
        create.setVisible(manager);
        list.column("efficiency.benchmark.indicator", Benchmark::indicator, "indicator").setKey("indicator")
                .setFlexGrow(2);
        list.column("efficiency.benchmark.best", b -> texts.value(Optional.of(b.best()), b.unit())
                + " · " + texts.direction(b.direction()), null).setKey("best").setAutoWidth(true);
        list.column("efficiency.benchmark.holders", b -> String.join(", ", b.holders()), null).setKey("holders")
                .setFlexGrow(2);
        list.column("efficiency.benchmark.reached-on", b -> Formats.date(b.reachedOn()), "reachedOn")
                .setKey("reachedOn").setAutoWidth(true);
        list.emptyState("efficiency.benchmarks.empty", null);
        if (manager) {
            list.onOpen(b -> BenchmarkEditor.open(this, manageBenchmarks, texts,
                    benchmarkQueries.benchmark(b.id()), () -> refreshBenchmarks()));
        }
        return list;
    }

    private RecordList<ToolIntroduction, Boolean> toolList() {
        var list = new RecordList<ToolIntroduction, Boolean>("tools",
                RecordSource.of((all, page) -> benchmarkQueries.tools(page), all -> benchmarkQueries.countTools()),
                ToolIntroduction::id, () -> true);
        list.title(t("efficiency.tools.title"));
        boolean manager = permissions.may(EfficiencyPermission.MANAGE);
        var create = list.action("efficiency.tool.new", "tools-new",
                () -> ToolEditor.open(this, manageBenchmarks, texts, null, () -> tools.refresh(null)));
        create.setVisible(manager);
        list.column("efficiency.tool.name", ToolIntroduction::name, "name").setKey("name").setFlexGrow(2);
        list.column("efficiency.tool.go-live", tool -> Formats.date(tool.goLive()), "goLive").setKey("goLive")
                .setAutoWidth(true);
        list.column("efficiency.tool.indicator", tool -> tool.indicator() + ": " + texts.number(tool.baseline())
                + " → " + tool.after().map(texts::number).orElse("–"), null).setKey("values").setFlexGrow(2);
        list.column("efficiency.tool.improvement", tool -> texts.improvement(tool.improvement()), null)
                .setKey("improvement").setAutoWidth(true);
        list.badgeColumn("efficiency.tool.expectation", this::expectation).setKey("expectation");
        list.column("efficiency.tool.training", tool -> t("efficiency.tool.training.value",
                tool.training().sessions(), tool.training().attendees()), null).setKey("training").setAutoWidth(true);
        list.emptyState("efficiency.tools.empty", null);
        if (manager) {
            list.onOpen(tool -> ToolEditor.open(this, manageBenchmarks, texts, benchmarkQueries.tool(tool.id()),
                    () -> tools.refresh(null)));
        }
        return list;
    }

    private StatusBadge expectation(ToolIntroduction tool) {
        if (tool.after().isEmpty()) {
            return new StatusBadge(t("efficiency.tool.expectation.pending"), StatusBadge.Tone.NEUTRAL);
        }
        return tool.meetsExpectation()
                ? new StatusBadge(t("efficiency.tool.expectation.met"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(t("efficiency.tool.expectation.missed"), StatusBadge.Tone.ERROR);
    }

    private void refreshBenchmarks() {
        benchmarks.refresh(null);
    }

    private void newProject() {
        ProjectEditor.open(this, manageProjects, texts, null, () -> projects.refresh(null));
    }

    private void openProject(OptimizationProject project) {
        ProjectDetails.open(projectQueries, manageProjects, texts, permissions, project.id(),
                () -> projects.refresh(null));
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("efficiency.title");
    }
}
