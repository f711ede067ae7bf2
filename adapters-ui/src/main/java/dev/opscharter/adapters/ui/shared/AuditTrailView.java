package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who changed what and when, newest first, page by page from the database. Entity types and field
 * names are shown by their text key ({@code audit.entity.<Type>}, {@code audit.field.<field>}) when
 * a bundle has one, so a context that audits a new entity adds its names to its own bundle and the
 * entity type then appears in the filter too.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(order = 91, title = "nav.administration.audit")
@RolesAllowed({"ADMIN", "AUDITOR", "OPS_DIRECTOR"})
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private static final String ENTITY = "audit.entity.";
    private static final String FIELD = "audit.field.";
    private static final String EMPTY_VALUE = "—";

    private final Set<String> textKeys = Messages.bundled().keys();
    private final TextField actor = new TextField();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField entityId = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditTrailView(AuditTrailQueries auditTrail) {
        addClassName("view");
        setSizeFull();

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        entityType.setId("audit-entity-type");
        entityType.setLabel(getTranslation("audit.entity-type"));
        entityType.setItems(textKeys.stream().filter(k -> k.startsWith(ENTITY))
                .map(k -> k.substring(ENTITY.length()))
                .sorted(Comparator.comparing(this::entityName)).toList());
        entityType.setItemLabelGenerator(this::entityName);
        entityId.setId("audit-entity-id");
        entityId.setLabel(getTranslation("audit.entity-id"));
        for (var field : new TextField[] {actor, entityId}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        entityType.setClearButtonVisible(true);
        from = new LocalizedDatePicker(getTranslation("audit.from"));
        from.setId("audit-from");
        to = new LocalizedDatePicker(getTranslation("audit.to"));
        to.setId("audit-to");
        for (var date : new DatePicker[] {from, to}) {
            date.setClearButtonVisible(true);
        }
        var filters = new Div(actor, entityType, entityId, from, to);
        filters.addClassName("toolbar");

        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> entityName(e.entityType())).setHeader(getTranslation("audit.entity-type"))
                .setAutoWidth(true);
        grid.addComponentColumn(AuditTrailView::record).setHeader(getTranslation("audit.record"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.changes().stream().map(this::describe)
                        .collect(Collectors.joining(getTranslation("audit.change-separator"))))
                .setHeader(getTranslation("audit.changes")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::changeList));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> auditTrail.find(filter(), Paging.of(query)).stream(),
                query -> auditTrail.count(filter()));

        List.<HasValue<?, ?>>of(actor, entityType, entityId, from, to)
                .forEach(field -> field.addValueChangeListener(e -> grid.getDataProvider().refreshAll()));

        add(new H2(getPageTitle()), filters, grid);
    }

    /** The filter as typed; dates are whole days in the organization's time zone, "to" included. */
    private AuditFilter filter() {
        var zone = Formats.timeZone();
        return new AuditFilter(text(actor.getValue()), entityType.getOptionalValue(), text(entityId.getValue()),
                from.getOptionalValue().map(day -> day.atStartOfDay(zone).toInstant()),
                to.getOptionalValue().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static Optional<String> text(String typed) {
        return Optional.of(typed.strip()).filter(s -> !s.isEmpty());
    }

    private String entityName(String type) {
        return textKeys.contains(ENTITY + type) ? getTranslation(ENTITY + type) : type;
    }

    private String fieldName(String field) {
        return textKeys.contains(FIELD + field) ? getTranslation(FIELD + field) : field;
    }

    private String describe(FieldChange change) {
        return getTranslation("audit.change", fieldName(change.field()), shown(change.before()), shown(change.after()));
    }

    private static String shown(String value) {
        return value.isEmpty() ? EMPTY_VALUE : value;
    }

    private Component changeList(AuditEntry entry) {
        var list = new Div();
        list.addClassName("audit-changes");
        if (entry.changes().isEmpty()) {
            list.add(new Div(getTranslation("audit.no-changes")));
        }
        entry.changes().forEach(change -> list.add(new Div(describe(change))));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** The record in words, its id underneath for whoever needs to search by it. */
    private static Component record(AuditEntry entry) {
        var id = new Span(entry.entityId());
        id.addClassName("audit-record-id");
        if (entry.entityLabel().isEmpty()) {
            return id;
        }
        var label = new Span(entry.entityLabel());
        label.addClassName("audit-record-label");
        var both = new Div(label, id);
        both.addClassName("audit-record");
        return both;
    }
}
