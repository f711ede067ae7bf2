package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The people of the company, their departments and roles. The administrator hires, edits, records
 * departures and rehires; the director and the manager may look but not change, so they do not
 * get the buttons (the use cases refuse them anyway).
 */
@Route(value = "admin/people", layout = MainLayout.class)
@Menu(order = 82, title = "nav.organization.people")
@RolesAllowed({"ADMIN", "OPS_DIRECTOR", "OPS_MANAGER"})
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final ManagePeople manage;
    private final PeopleQueries people;
    private final List<Department> departments;
    private final Map<DepartmentId, Department> departmentsById;
    private final Language language;
    private final Grid<Person> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Checkbox includeLeavers = new Checkbox();
    private final Button edit;
    private final Button recordDeparture;
    private final Button rehire;
    /** The person in the open dialog as it was loaded, with the version the change is based on. */
    private @Nullable Person editing;

    PeopleView(ManagePeople manage, PeopleQueries people, DepartmentQueries departmentQueries,
               AuthenticationContext authentication) {
        this.manage = manage;
        this.people = people;
        this.departments = departmentQueries.all();
        this.departmentsById = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        this.language = Language.of(getLocale());
        addClassName("view");
        setSizeFull();

        search.setId("people-search");
        search.setPlaceholder(getTranslation("organization.person.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        department.setId("people-department-filter");
        department.setPlaceholder(getTranslation("organization.person.all-departments"));
        department.setClearButtonVisible(true);
        department.setItems(departments);
        department.setItemLabelGenerator(this::nameOf);
        includeLeavers.setId("people-include-leavers");
        includeLeavers.setLabel(getTranslation("organization.person.include-leavers"));
        search.addValueChangeListener(e -> refresh(null));
        department.addValueChangeListener(e -> refresh(null));
        includeLeavers.addValueChangeListener(e -> refresh(null));
        var toolbar = new Toolbar(search, department, includeLeavers);
        var hire = toolbar.button("organization.person.new", "person-new", () -> open(null));
        hire.addThemeVariants(ButtonVariant.PRIMARY);
        edit = toolbar.button("organization.action.edit", "person-edit", () -> selected().ifPresent(this::open));
        recordDeparture = toolbar.button("organization.person.record-departure", "person-record-departure",
                () -> selected().ifPresent(this::recordDeparture));
        rehire = toolbar.button("organization.person.rehire", "person-rehire",
                () -> selected().ifPresent(p -> act("organization.person.rehired", p.id(),
                        () -> manage.rehire(p.id(), p.version()))));
        boolean mayEdit = authentication.hasRole("ADMIN");
        Stream.of(hire, edit, recordDeparture, rehire).forEach(button -> button.setVisible(mayEdit));
        if (mayEdit) {
            grid.addItemDoubleClickListener(e -> open(e.getItem()));
        }

        configureGrid();
        add(new H2(getPageTitle()), toolbar, grid);
        refresh(null);
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.addColumn(Person::name).setHeader(getTranslation("organization.person.name")).setSortProperty("name")
                .setAutoWidth(true);
        grid.addColumn(p -> p.email().value()).setHeader(getTranslation("organization.person.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(p -> nameOf(departmentsById.get(p.departmentId())))
                .setHeader(getTranslation("organization.person.department")).setAutoWidth(true);
        grid.addColumn(p -> p.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(getTranslation("organization.list-separator"))))
                .setHeader(getTranslation("organization.person.roles"));
        grid.addColumn(p -> p.coreStaff() ? getTranslation("organization.yes") : "")
                .setHeader(getTranslation("organization.person.core-staff")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.joinedOn())).setHeader(getTranslation("organization.person.joined-on"))
                .setSortProperty("joinedOn").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("organization.status")).setAutoWidth(true);
        grid.addSelectionListener(e -> updateButtons());
        grid.setEmptyStateText(getTranslation("organization.empty"));
    }

    private Component status(Person person) {
        return switch (person.employment()) {
            case Employment.Active active ->
                    new StatusBadge(getTranslation("organization.status.active"), StatusBadge.Tone.SUCCESS);
            case Employment.Left left -> new StatusBadge(
                    getTranslation("organization.person.left-on", Formats.date(left.on())), StatusBadge.Tone.NEUTRAL);
        };
    }

    private String nameOf(@Nullable Department department) {
        return department == null ? "" : department.name().in(language);
    }

    private void refresh(@Nullable PersonId keep) {
        var filter = new PeopleFilter(Optional.of(search.getValue().strip()).filter(s -> !s.isEmpty()),
                department.getOptionalValue().map(Department::id), includeLeavers.getValue());
        // paged from the database, sorted and filtered there; the person just changed stays selected
        grid.setItems(Paging.lazy(page -> people.list(filter, page), () -> people.count(filter), Person::id));
        if (keep != null) {
            new FormErrors(this).run(() -> grid.select(people.get(keep)));
        }
        updateButtons();
    }

    private Optional<Person> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var selected = selected();
        edit.setEnabled(selected.isPresent());
        recordDeparture.setEnabled(selected.filter(Person::isActive).isPresent());
        rehire.setEnabled(selected.filter(p -> !p.isActive()).isPresent());
    }

    private void act(String successKey, PersonId id, Runnable useCase) {
        Attempt.run(this, successKey, useCase);
        refresh(id);
    }

    private void open(@Nullable Person person) {
        editing = person;
        var choices = departments.stream()
                .filter(d -> d.active() || person != null && d.id().equals(person.departmentId()))
                .sorted(Comparator.comparing(this::nameOf)).toList();
        var form = new PersonForm(choices);
        form.setFormDataObject(person == null
                ? new PersonDraft("", "", null, Set.of(), false, LocalDate.now(Formats.timeZone()))
                : draftOf(person));
        var request = RequestKey.fresh();
        var dialog = new FormDialog(
                getTranslation(person == null ? "organization.person.new" : "organization.person.edit"),
                getTranslation("organization.action.save"), "person", form, () -> save(form, request));
        if (person != null) {
            dialog.allowReload("person-reload", () -> form.errors().run(() -> {
                var fresh = people.get(person.id());
                editing = fresh;
                form.setFormDataObject(draftOf(fresh));
            }));
        }
        dialog.open();
    }

    private boolean save(PersonForm form, RequestKey request) {
        var draft = form.getFormDataObject();
        var loaded = editing;
        boolean saved = Attempt.run(this, form.errors(), "organization.saved", () -> {
            if (loaded == null) {
                manage.hire(request, draft);
            } else {
                manage.update(loaded.id(), draft, loaded.version());
            }
        });
        refresh(loaded == null ? null : loaded.id());
        return saved;
    }

    private void recordDeparture(Person person) {
        var leftOn = new LocalizedDatePicker(getTranslation("organization.person.left-on-date"));
        leftOn.setId("person-left-on");
        leftOn.setRequiredIndicatorVisible(true);
        leftOn.setValue(LocalDate.now(Formats.timeZone()));
        var form = new FormLayout(leftOn);
        var errors = new FormErrors(form).bind("leftOn", leftOn);
        new FormDialog(getTranslation("organization.person.record-departure.title", person.name()),
                getTranslation("organization.person.record-departure"), "person-departure", form, () -> {
                    boolean done = Attempt.run(this, errors, "organization.person.departure-recorded",
                            () -> manage.recordDeparture(person.id(), leftOn.getValue(), person.version()));
                    refresh(person.id());
                    return done;
                }).open();
    }

    private static PersonDraft draftOf(Person person) {
        return new PersonDraft(person.name(), person.email().value(), person.departmentId(), person.roles(),
                person.coreStaff(), person.joinedOn());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.people.title");
    }
}
