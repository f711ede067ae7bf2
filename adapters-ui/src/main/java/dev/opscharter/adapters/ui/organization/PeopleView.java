package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.OrganizationPermission;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonStep;
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

/**
 * The people of the company, their departments and roles. The administrator hires, and takes the
 * steps a person's record gives them (edit, record a departure, rehire) from the toolbar or the
 * person's dialog; the director and the manager may look but not change, so they get no buttons.
 */
@Route(value = "admin/people", layout = MainLayout.class)
@Menu(order = 82, title = "nav.organization.people")
@RolesAllowed({Roles.ADMIN, Roles.OPS_DIRECTOR, Roles.OPS_MANAGER})
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final ManagePeople manage;
    private final PeopleQueries people;
    private final List<Department> departments;
    private final Map<DepartmentId, Department> departmentsById;
    private final Language language;
    private final TextField search = new TextField();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Checkbox includeLeavers = new Checkbox();
    private final RecordList<Person, PeopleFilter> list;

    PeopleView(ManagePeople manage, PeopleQueries people, DepartmentQueries departmentQueries,
               MyPermissions permissions) {
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
        // paged, filtered and sorted in the database
        list = new RecordList<>("people", RecordSource.of(people::list, people::count), Person::id, this::filter);
        list.title(getPageTitle());
        list.filters(search, department, includeLeavers);
        list.emptyState("organization.empty", null);
        configureColumns();
        if (permissions.may(OrganizationPermission.ADMINISTER)) {
            list.action("organization.person.new", "person-new", () -> open(null, () -> list.refresh(null)))
                    .addThemeVariants(ButtonVariant.PRIMARY);
            list.steps(steps("person"), person -> people.detail(person.id()));
            list.onOpen(this::details);
        }
        add(list);
        list.refresh(null);
    }

    private PeopleFilter filter() {
        return new PeopleFilter(Optional.of(search.getValue().strip()).filter(s -> !s.isEmpty()),
                department.getOptionalValue().map(Department::id), includeLeavers.getValue());
    }

    /** The person's steps, with ids {@code <prefix>-edit}, {@code <prefix>-record-departure}, {@code <prefix>-rehire}. */
    private StepActions<Person, PersonStep> steps(String prefix) {
        return new StepActions<Person, PersonStep>()
                .on(PersonStep.EDIT, "organization.action.edit", prefix + "-edit",
                        (owner, person, done) -> open(person, done))
                .on(PersonStep.RECORD_DEPARTURE, "organization.person.record-departure", prefix + "-record-departure",
                        ButtonVariant.ERROR, (owner, person, done) -> recordDeparture(person, done))
                .on(PersonStep.REHIRE, "organization.person.rehire", prefix + "-rehire",
                        StepActions.StepForm.now("organization.person.rehired", p -> manage.rehire(p.id(), p.version())));
    }

    private void details(Person person) {
        new RecordDialog<>("person-details", () -> people.detail(person.id()), Person::name, this::facts,
                steps("person-details"), () -> list.refresh(null)).open();
    }

    private void facts(Person person, Facts facts) {
        facts.text("organization.person.email", "person-details-email", person.email().value());
        facts.text("organization.person.department", "person-details-department",
                nameOf(departmentsById.get(person.departmentId())));
        facts.text("organization.person.roles", "person-details-roles", roles(person));
        facts.text("organization.person.core-staff", "person-details-core-staff",
                person.coreStaff() ? getTranslation("organization.yes") : "");
        facts.text("organization.person.joined-on", "person-details-joined-on", Formats.date(person.joinedOn()));
        facts.item("organization.status", status(person));
    }

    private void configureColumns() {
        list.column("organization.person.name", Person::name, "name").setAutoWidth(true);
        list.column("organization.person.email", p -> p.email().value(), "email").setAutoWidth(true);
        list.column("organization.person.department", p -> nameOf(departmentsById.get(p.departmentId())), null)
                .setAutoWidth(true);
        list.column("organization.person.roles", this::roles, null);
        list.column("organization.person.core-staff", p -> p.coreStaff() ? getTranslation("organization.yes") : "",
                null).setAutoWidth(true);
        list.column("organization.person.joined-on", p -> Formats.date(p.joinedOn()), "joinedOn").setAutoWidth(true);
        list.badgeColumn("organization.status", this::status);
    }

    private String roles(Person person) {
        return person.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(getTranslation("organization.list-separator")));
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

    /** The editor for a new person (null) or for one as loaded; {@code done} runs after each save attempt. */
    private void open(@Nullable Person person, Runnable done) {
        var choices = departments.stream()
                .filter(d -> d.active() || person != null && d.id().equals(person.departmentId()))
                .sorted(Comparator.comparing(this::nameOf)).toList();
        EditDialog.of("person", new PersonForm(choices), PeopleView::draftOf)
                .creating(new PersonDraft("", "", null, Set.of(), false, LocalDate.now(Formats.timeZone())),
                        manage::hire)
                .updating((p, draft) -> manage.update(p.id(), draft, p.version()), p -> people.get(p.id()))
                .open(getTranslation(person == null ? "organization.person.new" : "organization.person.edit"),
                        person, done);
    }

    private void recordDeparture(Person person, Runnable done) {
        var leftOn = new LocalizedDatePicker(getTranslation("organization.person.left-on-date"));
        leftOn.setId("person-left-on");
        leftOn.setRequiredIndicatorVisible(true);
        leftOn.setValue(LocalDate.now(Formats.timeZone()));
        var form = new FormLayout(leftOn);
        var errors = new FormErrors(form).bind("leftOn", leftOn);
        new FormDialog(getTranslation("organization.person.record-departure.title", person.name()),
                getTranslation("organization.person.record-departure"), "person-departure", form, () -> {
                    boolean recorded = Attempt.run(this, errors, "organization.person.departure-recorded",
                            () -> manage.recordDeparture(person.id(), leftOn.getValue(), person.version()));
                    done.run();
                    return recorded;
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
