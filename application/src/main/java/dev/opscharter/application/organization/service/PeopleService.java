package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

public final class PeopleService implements ManagePeople, PeopleQueries {

    static final String ENTITY = "Person";

    private final People people;
    private final Departments departments;
    private final UserAccounts accounts;
    private final SettingsStore settings;
    private final Transactions transactions;
    private final Once once;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public PeopleService(People people, Departments departments, UserAccounts accounts, SettingsStore settings,
                         Transactions transactions, ProcessedRequests processed, CurrentActor actor, Audit audit,
                         Clock clock) {
        this.people = people;
        this.departments = departments;
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.once = new Once(processed);
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PersonId hire(RequestKey request, PersonDraft draft) {
        requireAdmin();
        var person = Person.hire(draft.name(), new EmailAddress(draft.email()),
                Require.present(draft.department(), "department"), draft.roles(), draft.coreStaff(),
                Require.present(draft.joinedOn(), "joinedOn"));
        return transactions.inTransaction(() -> once.create(request, ENTITY + ".hire", () -> {
            requireActiveDepartment(person.departmentId());
            var saved = people.save(person);
            audit.created(ENTITY, saved.id(), saved.name(), saved.snapshot());
            return saved.id();
        }, PersonId::toString, text -> new PersonId(UUID.fromString(text))));
    }

    @Override
    public void update(PersonId id, PersonDraft draft, long version) {
        requireAdmin();
        var email = new EmailAddress(draft.email());
        var department = Require.present(draft.department(), "department");
        var joinedOn = Require.present(draft.joinedOn(), "joinedOn");
        change(id, AuditAction.UPDATE, p -> {
            if (!p.departmentId().equals(department)) {
                requireActiveDepartment(department);
            }
            return p.edit(draft.name(), email, department, draft.roles(), draft.coreStaff(), joinedOn, version);
        });
    }

    @Override
    public void recordDeparture(PersonId id, LocalDate leftOn, long version) {
        requireAdmin();
        Require.present(leftOn, "leftOn");
        // a departure is a fact: recorded on the day or later, so the account can close with it
        if (leftOn.isAfter(LocalDate.now(clock.withZone(settings.load().timeZone())))) {
            throw new InvalidValue("leftOn", "validation.left-on.future");
        }
        transactions.run(() -> {
            change(id, AuditAction.DEACTIVATE, p -> p.leave(leftOn, version));
            // the account goes with the person: it must not outlive the employment
            accounts.byPerson(id).filter(a -> a.enabled()).ifPresent(account -> {
                var disabled = accounts.save(account.disable(account.version()));
                audit.record(UserAccountService.ENTITY, account.id(), account.username().value(),
                        AuditAction.DEACTIVATE, account.snapshot(),
                        disabled.snapshot());
            });
        });
    }

    @Override
    public void rehire(PersonId id, long version) {
        requireAdmin();
        change(id, AuditAction.REACTIVATE, p -> p.rehire(version));
    }

    @Override
    public List<Person> list(PeopleFilter filter) {
        requireReader();
        return people.all().stream().filter(filter::matches).sorted(Comparator.comparing(Person::name)).toList();
    }

    @Override
    public List<Person> list(PeopleFilter filter, PageRequest page) {
        requireReader();
        return people.page(filter, page);
    }

    @Override
    public long count(PeopleFilter filter) {
        requireReader();
        return people.count(filter);
    }

    @Override
    public Person get(PersonId id) {
        requireReader();
        return people.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    private void change(PersonId id, AuditAction action, UnaryOperator<Person> edit) {
        transactions.run(() -> {
            var before = people.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            var after = edit.apply(before);
            people.save(after);
            audit.record(ENTITY, id, after.name(), action, before.snapshot(), after.snapshot());
        });
    }

    private void requireActiveDepartment(DepartmentId id) {
        var department = departments.byId(id).orElseThrow(() -> new InvalidValue("department", "validation.required"));
        if (!department.active()) {
            throw new InvalidValue("department", "validation.department.inactive");
        }
    }

    private void requireAdmin() {
        AccessDenied.unlessAnyOf(actor.get(), Role.ADMIN);
    }

    private void requireReader() {
        AccessDenied.unlessAnyOf(actor.get(), Role.ADMIN, Role.OPS_DIRECTOR, Role.OPS_MANAGER);
    }
}
