package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.compliance.CompliancePermission;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.IncidentsPermission;
import dev.opscharter.domain.shared.InvalidValue;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The incident board (突发事件): incidents newest first, filtered by type, open or finished and text, each with
 * whether it is on time or overdue; reporting an incident; an incident's details with its four steps timed
 * against their limits, the next step as an action and the director's major-accident ruling. {@code ?incident=<id>}
 * (the link of an overdue notice) opens that incident.
 */
@Route(value = "incidents", layout = MainLayout.class)
@Menu(order = 61, title = "nav.risk.incidents")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class IncidentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final IncidentQueries queries;
    private final ManageIncidents manage;
    private final ManageCorrectiveActions actions;
    private final MyPermissions permissions;
    private final List<IncidentType> types;
    private final IncidentTexts texts;
    private final RecordList<Incident, IncidentFilter> list;
    private final ComboBox<IncidentType> type = new ComboBox<>();
    private final ComboBox<IncidentFilter.Status> status = new ComboBox<>();
    private final TextField search = new TextField();
    private final Button details;

    IncidentsView(IncidentQueries queries, ManageIncidents manage, ManageCorrectiveActions actions,
                  Directory directory, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.actions = actions;
        this.permissions = permissions;
        this.types = queries.types();
        this.texts = new IncidentTexts(this, new DisplayNames(directory), types);
        addClassName("view");
        setSizeFull();
        setPadding(false);
        boolean handler = permissions.may(IncidentsPermission.HANDLE);

        type.setId("incidents-type-filter");
        type.setPlaceholder(getTranslation("incidents.filter.all-types"));
        type.setItems(types);
        type.setItemLabelGenerator(texts::type);
        type.setClearButtonVisible(true);
        status.setId("incidents-status-filter");
        status.setPlaceholder(getTranslation("incidents.filter.open-and-finished"));
        status.setItems(IncidentFilter.Status.values());
        status.setItemLabelGenerator(s -> getTranslation("incidents.filter." + s.name()));
        status.setClearButtonVisible(true);
        search.setId("incidents-search");
        search.setPlaceholder(getTranslation("incidents.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        list = new RecordList<>("incidents", RecordSource.of(queries::incidents, queries::count), Incident::id,
                this::filter);
        list.title(getPageTitle());
        list.filters(type, status, search);
        var report = list.action("incidents.report", "incidents-report", this::report);
        report.addThemeVariants(ButtonVariant.PRIMARY);
        report.setVisible(handler);
        details = list.action("incidents.details", "incidents-details", () -> list.selected().ifPresent(this::open));
        var typesButton = list.action("incidents.types.open", "incidents-types",
                () -> IncidentTypesDialog.open(this, queries, manage, texts));
        typesButton.setVisible(permissions.may(IncidentsPermission.CONFIGURE));
        list.column("incidents.field.reported", i -> Formats.dateTime(i.reportedAt()), null).setKey("reported")
                .setAutoWidth(true);
        list.column("incidents.field.type", i -> texts.type(i.typeCode()), null).setKey("type").setAutoWidth(true);
        list.column("incidents.field.title", Incident::title, null).setKey("title").setFlexGrow(3);
        list.column("incidents.field.next-step", i -> i.nextStep().map(texts::step)
                .orElseGet(() -> getTranslation("incidents.finished")), null).setKey("next");
        list.badgeColumn("incidents.field.state", this::state).setKey("state");
        list.badgeColumn("incidents.field.ruling", i -> i.ruling().<Span>map(r -> new StatusBadge(
                getTranslation(r.majorAccident() ? "incidents.ruling.major.short" : "incidents.ruling.not-major.short"),
                r.majorAccident() ? StatusBadge.Tone.ERROR : StatusBadge.Tone.NEUTRAL)).orElseGet(Span::new))
                .setKey("ruling");
        var first = new Button(getTranslation("incidents.report"), e -> report());
        first.setId("incidents-empty-report");
        list.emptyState(handler ? "incidents.empty.handler" : "incidents.empty", handler ? first : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(this::open);
        add(list);
        refresh(null);
    }

    private IncidentFilter filter() {
        return new IncidentFilter(type.getOptionalValue().map(IncidentType::code), status.getOptionalValue(),
                search.getValue());
    }

    /** The row's timing, of the incident the page read: the steps' limits live with its type. */
    private Span state(Incident incident) {
        var shown = new Span[1];
        new FormErrors(this).run(() -> shown[0] = texts.state(incident, queries.timings(incident)));
        return shown[0] == null ? new Span() : shown[0];
    }

    private void refresh(@Nullable IncidentId keep) {
        Optional<Incident> kept = keep == null ? Optional.empty()
                : queries.incident(keep).map(found -> found.incident().record());
        list.refresh(kept.orElse(null));
        details.setEnabled(list.selected().isPresent());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("incident").ifPresent(text -> {
            try {
                var id = IncidentId.parse(text);
                openById(id);
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    private void report() {
        var kind = new ComboBox<IncidentType>(getTranslation("incidents.field.type"));
        kind.setId("incident-report-type");
        kind.setItems(queries.types());
        kind.setItemLabelGenerator(texts::type);
        kind.setRequiredIndicatorVisible(true);
        var title = new TextField(getTranslation("incidents.field.title"));
        title.setId("incident-report-title");
        title.setMaxLength(Incident.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        var errors = new FormErrors(this).bind("type", kind).bind("title", title);
        var request = RequestKey.fresh();
        var reported = new IncidentId[1];
        var form = new FormLayout(kind, title);
        form.setWidth("min(560px, 90vw)");
        new FormDialog(getTranslation("incidents.report"), getTranslation("incidents.report.save"), "incident-report",
                form, () -> Attempt.run(this, errors, "incidents.reported", () -> reported[0] = manage.report(request,
                kind.getOptionalValue().map(IncidentType::code)
                        .orElseThrow(() -> new InvalidValue("type", "validation.required")), title.getValue()),
                () -> refresh(reported[0]))).open();
    }

    private void open(Incident incident) {
        openById(incident.id());
    }

    private void openById(IncidentId id) {
        IncidentDetailsDialog.open(queries, manage, texts, permissions,
                permissions.may(CompliancePermission.ASSIGN_ACTIONS) ? Optional.of(actions::possibleOwners)
                        : Optional.empty(), id,
                () -> refresh(id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incidents.title");
    }
}
