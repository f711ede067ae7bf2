package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who changed what and when, newest first, page by page from the database, filtered there by
 * context, record type, record, person and period. Everything is shown in the reader's words
 * ({@link AuditTexts}); the page opens on one record's history with {@code ?type=<Type>&record=<id>}.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(order = 91, title = "nav.administration.audit")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.OPS_DIRECTOR})
class AuditTrailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Opens one record's history: for a "history" link from its detail. */
    static void showHistory(UI ui, String type, Object id) {
        ui.navigate(AuditTrailView.class, QueryParameters.simple(Map.of("type", type, "record", id.toString())));
    }

    private static final String ENTITY = "audit.entity.";

    private final RecordNames names;
    private final AuditTexts texts;
    private final ComboBox<AuditContext> context = new ComboBox<>();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField record = new TextField();
    private final ComboBox<Who> person = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final RecordList<AuditEntry, AuditFilter> list;

    AuditTrailView(AuditTrailQueries auditTrail, RecordNames names, DutyTypeNames dutyTypeNames) {
        this.names = names;
        addClassName("view");
        setSizeFull();
        var users = once(names::users);
        var people = once(names::people);
        var departments = once(names::departments);
        var dutyTypes = once(dutyTypeNames::dutyTypes);
        texts = new AuditTexts(this, user -> users.get().getOrDefault(user, user),
                id -> people.get().getOrDefault(id, id), id -> departments.get().getOrDefault(id, id),
                code -> dutyTypes.get().getOrDefault(code, code));

        context.setId("audit-context");
        context.setLabel(getTranslation("audit.context"));
        context.setItems(AuditContext.values());
        context.setItemLabelGenerator(c -> getTranslation(c.textKey()));
        entityType.setId("audit-entity-type");
        entityType.setLabel(getTranslation("audit.entity-type"));
        entityType.setItemLabelGenerator(texts::type);
        context.addValueChangeListener(e -> typesOf(e.getValue()));
        typesOf(null);
        record.setId("audit-entity-id");
        record.setLabel(getTranslation("audit.entity-id"));
        record.setValueChangeMode(ValueChangeMode.LAZY);
        person.setId("audit-person");
        person.setLabel(getTranslation("audit.actor"));
        person.setItems(whoMayHaveActed());
        person.setItemLabelGenerator(Who::name);
        from = new LocalizedDatePicker(getTranslation("audit.from"));
        from.setId("audit-from");
        to = new LocalizedDatePicker(getTranslation("audit.to"));
        to.setId("audit-to");
        for (var field : List.<HasClearButton>of(context, entityType, person, from, to, record)) {
            field.setClearButtonVisible(true);
        }

        list = new RecordList<>("audit", new RecordSource<>() {
            public List<AuditEntry> page(AuditFilter filter, PageRequest page) {
                return auditTrail.find(filter, page);
            }

            public long count(AuditFilter filter) {
                return auditTrail.count(filter);
            }
        }, AuditEntry::id, this::filter);
        list.title(getPageTitle());
        list.filters(context, entityType, record, person, from, to);
        list.emptyState("audit.empty", null);
        configureColumns();
        add(list);
        list.refresh(null);
    }

    private void configureColumns() {
        list.column("audit.time", e -> Formats.dateTime(e.occurredAt()), AuditFilter.BY_TIME).setAutoWidth(true)
                .setFlexGrow(0);
        list.column("audit.actor", e -> texts.who(e.actor()), null).setAutoWidth(true);
        list.column("audit.entity-type", e -> texts.type(e.entityType()), null).setAutoWidth(true);
        list.badgeColumn("audit.record", AuditTrailView::record);
        list.column("audit.action", e -> getTranslation("audit.action." + e.action().name()), null)
                .setAutoWidth(true);
        list.column("audit.changes", e -> e.changes().stream().map(c -> texts.change(e.entityType(), c))
                .collect(Collectors.joining(getTranslation("audit.change-separator"))), null).setFlexGrow(1);
        list.rowDetails(this::changeList);
    }

    /** The record types to choose from: those of the context chosen, else every one the bundles name. */
    private void typesOf(@Nullable AuditContext chosen) {
        var types = Messages.bundled().keys().stream().filter(k -> k.startsWith(ENTITY))
                .map(k -> k.substring(ENTITY.length()))
                .filter(type -> chosen == null || chosen.types().contains(type))
                .sorted(Comparator.comparing(texts::type)).toList();
        var kept = entityType.getValue();
        entityType.setItems(types);
        if (kept != null && types.contains(kept)) {
            entityType.setValue(kept);
        }
    }

    /** The scheduler, the system and every person with an account, by name; one name, all its accounts. */
    private List<Who> whoMayHaveActed() {
        var byName = new TreeMap<String, Set<String>>();
        names.users().forEach((user, name) -> byName.computeIfAbsent(name, n -> new TreeSet<>())
                .add(user));
        var everyone = new ArrayList<Who>();
        everyone.add(new Who(texts.who(Actor.SCHEDULE.name()), Set.of(Actor.SCHEDULE.name())));
        everyone.add(new Who(texts.who(Actor.SYSTEM.name()), Set.of(Actor.SYSTEM.name())));
        byName.forEach((name, accounts) -> everyone.add(new Who(name, accounts)));
        return everyone;
    }

    /** The filter as chosen; dates are whole days in the organization's time zone, "to" included. */
    private AuditFilter filter() {
        var zone = Formats.timeZone();
        var typed = Optional.of(record.getValue().strip()).filter(s -> !s.isEmpty());
        var exactId = typed.filter(AuditTrailView::isUuid);
        var filter = new AuditFilter(Optional.empty(), Optional.empty(), typed.filter(t -> exactId.isEmpty()),
                from.getOptionalValue().map(day -> day.atStartOfDay(zone).toInstant()),
                to.getOptionalValue().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()))
                .byActors(person.getOptionalValue().map(Who::accounts).orElse(Set.of()))
                .ofTypes(entityType.getOptionalValue().map(Set::of)
                        .or(() -> context.getOptionalValue().map(AuditContext::types)).orElse(Set.of()));
        return exactId.map(filter::ofRecord).orElse(filter);
    }

    /** An id is looked up as itself; anything else is searched for in ids and names. */
    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("type").ifPresent(type -> {
            AuditContext.of(type).ifPresent(context::setValue);
            entityType.setValue(type);
        });
        parameters.getSingleParameter("record").ifPresent(record::setValue);
    }

    private Component changeList(AuditEntry entry) {
        var changes = new Div();
        changes.addClassName("audit-changes");
        if (entry.changes().isEmpty()) {
            changes.add(new Div(getTranslation("audit.no-changes")));
        }
        entry.changes().forEach(change -> changes.add(new Div(texts.change(entry.entityType(), change))));
        return changes;
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

    private static <T> Supplier<T> once(Supplier<T> load) {
        return new Supplier<>() {
            private @Nullable T loaded;

            public T get() {
                if (loaded == null) {
                    loaded = load.get();
                }
                return loaded;
            }
        };
    }

    /** Someone who may have acted, by name, with the user names they act by. */
    record Who(String name, Set<String> accounts) {
    }
}
