package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.adapters.ui.shared.kit.EmptyState;
import dev.opscharter.adapters.ui.shared.kit.PeriodField;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.application.targets.port.in.TargetQueries.TargetStanding;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.TargetsPermission;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The attainment of a quarter's or a year's targets (目标达成): per unit and metric the target, the actual
 * so far, the attainment coloured attained or missed, and for a running period where the current pace
 * ends. The period is in the address ({@code ?period=2026-Q2}), so the scorecard links here. A row opens
 * its trend and the target's history; managers set and revise targets, and keep the units and metrics
 * on their own pages. The grid reads a page at a time, filtered and counted in the database. Ids:
 * {@code targets-period}, {@code targets-unit-filter}, {@code targets-metric-filter}, {@code targets-search},
 * {@code targets-grid}, {@code targets-empty}, {@code targets-set}, {@code targets-details}.
 */
@Route(value = "targets", layout = MainLayout.class)
@Menu(order = 50, title = "nav.operations.targets")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class TargetsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PERIOD = "period";

    private final TargetQueries queries;
    private final ManageTargets manage;
    private final TargetTexts texts;
    private final DisplayNames names;
    private final boolean manager;
    private final PeriodField period;
    private final ComboBox<BusinessUnit> unitFilter = new ComboBox<>();
    private final ComboBox<Metric> metricFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<TargetStanding> grid = new Grid<>();
    private final EmptyState empty = new EmptyState("targets-empty");
    private @Nullable TargetDetails details;

    TargetsView(TargetQueries queries, ManageTargets manage, Directory directory, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.texts = new TargetTexts(this);
        this.names = new DisplayNames(directory);
        this.manager = permissions.may(TargetsPermission.MANAGE);
        addClassName("view");
        setSizeFull();

        period = new PeriodField("targets-period", PeriodField.recent(today(), 3));
        period.setLabel(getTranslation("targets.period"));
        period.setValue(Period.quarterOf(today()));
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showInAddress(e.getValue());
                refresh();
            }
        });
        filters();
        var toolbar = new Toolbar(period, unitFilter, metricFilter, search);
        var set = toolbar.button("targets.set", "targets-set", () -> setTarget());
        set.addThemeVariants(ButtonVariant.PRIMARY);
        set.setVisible(manager);
        var open = toolbar.button("targets.details", "targets-details",
                () -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openDetails));
        open.setEnabled(false);
        configureGrid();
        grid.addSelectionListener(e -> open.setEnabled(e.getFirstSelectedItem().isPresent()));
        add(new H2(getPageTitle()), links(permissions), toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void filters() {
        var units = queries.units(true, PageRequest.first(PageRequest.MAX_LIMIT));
        unitFilter.setId("targets-unit-filter");
        unitFilter.setPlaceholder(getTranslation("targets.filter.all-units"));
        unitFilter.setItems(units);
        unitFilter.setItemLabelGenerator(texts::unit);
        unitFilter.setClearButtonVisible(true);
        unitFilter.addValueChangeListener(e -> refresh());
        metricFilter.setId("targets-metric-filter");
        metricFilter.setPlaceholder(getTranslation("targets.filter.all-metrics"));
        metricFilter.setItems(queries.metrics());
        metricFilter.setItemLabelGenerator(m -> m.code() + " · " + texts.metric(m));
        metricFilter.setClearButtonVisible(true);
        metricFilter.addValueChangeListener(e -> refresh());
        search.setId("targets-search");
        search.setPlaceholder(getTranslation("targets.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
    }

    private Div links(MyPermissions permissions) {
        var links = new Div();
        links.addClassName("toolbar");
        var units = new RouterLink(getTranslation("targets.units.title"), BusinessUnitsView.class);
        units.setId("targets-units-link");
        var metrics = new RouterLink(getTranslation("targets.metrics.title"), MetricsView.class);
        metrics.setId("targets-metrics-link");
        links.add(units, metrics);
        if (permissions.may(TargetsPermission.RECORD)) {
            var actuals = new RouterLink(getTranslation("targets.actuals.title"), ActualsView.class);
            actuals.setId("targets-actuals-link");
            links.add(actuals);
        }
        return links;
    }

    private void configureGrid() {
        grid.setId("targets-grid");
        grid.setPageSize(50);
        grid.addColumn(s -> texts.unit(s.unit())).setHeader(getTranslation("targets.column.unit")).setKey("unit")
                .setFlexGrow(2);
        grid.addColumn(s -> texts.metric(s.metric())).setHeader(getTranslation("targets.column.metric"))
                .setKey("metric").setFlexGrow(2);
        grid.addColumn(s -> texts.value(s.metric().unit(), s.target().value()))
                .setHeader(getTranslation("targets.column.target")).setKey("target").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> texts.value(s.metric(), s.figure().value()))
                .setHeader(getTranslation("targets.column.actual")).setKey("actual").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(texts::attainment)
                .setHeader(getTranslation("targets.column.attainment")).setKey("attainment").setAutoWidth(true);
        grid.addColumn(s -> texts.projected(s.projection(), s.projectedAttainment()))
                .setHeader(getTranslation("targets.column.pace")).setKey("pace").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(s -> Marks.of(s.metric(), texts)).setHeader(getTranslation("targets.marks"))
                .setKey("marks").setAutoWidth(true);
        grid.setEmptyStateComponent(empty);
        grid.addItemDoubleClickListener(e -> openDetails(e.getItem()));
    }

    /**
     * The targets of the period as the filters choose them, read a page per fetch and counted by the store;
     * the empty state says what to do first.
     */
    private void refresh() {
        var shown = period.getValue();
        if (shown == null) {
            return;
        }
        var through = today().minusDays(1);
        var filter = new TargetFilter(unitFilter.getOptionalValue().map(BusinessUnit::id),
                metricFilter.getOptionalValue().map(Metric::id), search.getValue());
        grid.setItems(Paging.lazy(page -> queries.standings(shown, filter, through, page),
                () -> queries.countStandings(shown, filter), s -> s.unit().id() + "/" + s.metric().id()));
        emptyState(!filter.equals(TargetFilter.ALL));
    }

    private void emptyState(boolean filtered) {
        if (queries.countUnits(true) == 0) {
            empty.noRecords(manager ? "targets.empty.no-units.manager" : "targets.empty.no-units",
                    manager ? navigate("targets-empty-units", "targets.unit.new", BusinessUnitsView.class) : null);
        } else if (queries.metrics().isEmpty()) {
            empty.noRecords(manager ? "targets.empty.no-metrics.manager" : "targets.empty.no-metrics",
                    manager ? navigate("targets-empty-metrics", "targets.metric.new", MetricsView.class) : null);
        } else {
            Button first = null;
            if (manager) {
                first = new Button(getTranslation("targets.set"), e -> setTarget());
                first.setId("targets-empty-set");
            }
            empty.noRecords(manager ? "targets.empty.no-targets.manager" : "targets.empty.no-targets", first);
        }
        empty.show(filtered);
    }

    private Button navigate(String id, String textKey, Class<? extends VerticalLayout> view) {
        var button = new Button(getTranslation(textKey), e -> getUI().ifPresent(ui -> ui.navigate(view)));
        button.setId(id);
        return button;
    }

    private void openDetails(TargetStanding standing) {
        if (details != null) {
            details.close();
        }
        Optional<Runnable> revise = manager ? Optional.of(() -> revise(standing)) : Optional.empty();
        var dialog = new TargetDetails(queries, standing, texts, names, revise);
        details = dialog;
        dialog.open();
    }

    /** A new target of the period shown; the same first value twice sets it once. */
    private void setTarget() {
        var shown = period.getValue();
        if (shown == null) {
            return;
        }
        var form = new TargetForm(queries.units(false, PageRequest.first(PageRequest.MAX_LIMIT)), queries.metrics(),
                false, texts);
        EditDialog.of("target", form, (TargetStanding s) -> TargetForm.Draft.NEW)
                .creating(TargetForm.Draft.NEW, (request, draft) -> manage.setTarget(draft.chosenUnit().id(),
                        draft.chosenMetric().id(), shown, draft.chosenValue(), "", 0))
                .open(getTranslation("targets.set.title", texts.period(shown)), null, this::refresh);
    }

    /** A new value of a target, on the revision the user saw; afterwards the details show it. */
    private void revise(TargetStanding standing) {
        var form = new TargetForm(List.of(standing.unit()), List.of(standing.metric()), true, texts);
        var target = standing.target();
        EditDialog.of("target", form, (TargetStanding s) -> new TargetForm.Draft(Optional.of(s.unit()),
                        Optional.of(s.metric()), s.target().value(), ""))
                .updating((s, draft) -> manage.setTarget(s.unit().id(), s.metric().id(), s.target().period(),
                        draft.chosenValue(), draft.reason(), s.target().version()), this::reloaded)
                .open(getTranslation("targets.revise.title", texts.period(target.period())), standing, () -> {
                    refresh();
                    // revised (by this user or, meanwhile, another): the details show the target as it is now
                    var only = new TargetFilter(Optional.of(standing.unit().id()), Optional.of(standing.metric().id()),
                            "");
                    queries.standings(target.period(), only, today().minusDays(1), PageRequest.first(1)).stream()
                            .filter(now -> now.target().version() != target.version()).findFirst()
                            .ifPresent(this::openDetails);
                });
    }

    /** The standing with its target as stored now: its value and the number of revisions to send. */
    private TargetStanding reloaded(TargetStanding s) {
        var target = queries.target(s.unit().id(), s.metric().id(), s.target().period())
                .orElseThrow(() -> new NotFound("Target", s.unit().id() + "/" + s.metric().id()));
        return new TargetStanding(s.unit(), s.metric(), target, s.figure(), s.attainment(), s.projection(),
                s.projectedAttainment());
    }

    /** Keeps the address in step with the period shown, so it can be bookmarked or linked. */
    private void showInAddress(Period shown) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "targets?" + PERIOD + "=" + shown.key()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PERIOD).ifPresent(key -> {
            try {
                period.setValue(Period.parse(key));
            } catch (InvalidValue unknown) {
                // a mistyped address shows the current quarter rather than nothing
            }
        });
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.timeZone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title");
    }
}
