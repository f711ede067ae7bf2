package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.PersonStep;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static dev.opscharter.domain.organization.OrganizationPermission.ADMINISTER;
import static dev.opscharter.domain.organization.OrganizationPermission.READ_PEOPLE;

public final class PeopleService implements ManagePeople, PeopleQueries {

    static final RecordType<PersonId, Person> TYPE = new RecordType<>("Person", Person::id, Person::name,
            Person::snapshot, Person::version, PersonId::toString, text -> new PersonId(UUID.fromString(text)));

    private final People people;
    private final Departments departments;
    private final UserAccounts accounts;
    private final UseCase uc;

    public PeopleService(People people, Departments departments, UserAccounts accounts, UseCase uc) {
        this.people = people;
        this.departments = departments;
        this.accounts = accounts;
        this.uc = uc;
    }

    @Override
    public PersonId hire(RequestKey request, PersonDraft draft) {
        return uc.create(ADMINISTER, request, TYPE, people, me -> {
            var person = Person.hire(draft.name(), new EmailAddress(draft.email()),
                    Require.present(draft.department(), "department"), draft.roles(), draft.coreStaff(),
                    Require.present(draft.joinedOn(), "joinedOn"));
            requireActiveDepartment(person.departmentId());
            return person;
        });
    }

    @Override
    public void update(PersonId id, PersonDraft draft, long version) {
        uc.change(ADMINISTER, TYPE, people, id, version, AuditAction.UPDATE, (me, p) -> {
            var email = new EmailAddress(draft.email());
            var department = Require.present(draft.department(), "department");
            var joinedOn = Require.present(draft.joinedOn(), "joinedOn");
            if (!p.departmentId().equals(department)) {
                requireActiveDepartment(department);
            }
            return p.edit(draft.name(), email, department, draft.roles(), draft.coreStaff(), joinedOn, version);
        });
    }

    @Override
    public void recordDeparture(PersonId id, LocalDate leftOn, long version) {
        uc.run(ADMINISTER, () -> {
            uc.change(ADMINISTER, TYPE, people, id, version, AuditAction.DEACTIVATE, (me, p) -> {
                // a departure is a fact: recorded on the day or later, so the account can close with it
                if (Require.present(leftOn, "leftOn").isAfter(uc.calendar().today())) {
                    throw new InvalidValue("leftOn", "validation.left-on.future");
                }
                return p.leave(leftOn, version);
            });
            // the account goes with the person: it must not outlive the employment
            accounts.byPerson(id).filter(UserAccount::enabled).ifPresent(account -> uc.save(UserAccountService.TYPE,
                    accounts, AuditAction.DEACTIVATE, account, account.disable(account.version())));
        });
    }

    @Override
    public void rehire(PersonId id, long version) {
        uc.change(ADMINISTER, TYPE, people, id, version, AuditAction.REACTIVATE, (me, p) -> p.rehire(version));
    }

    @Override
    public List<Person> list(PeopleFilter filter) {
        return uc.read(READ_PEOPLE, () -> people.all().stream().filter(filter::matches)
                .sorted(Comparator.comparing(Person::name)).toList());
    }

    @Override
    public List<Person> list(PeopleFilter filter, PageRequest page) {
        return uc.read(READ_PEOPLE, () -> people.page(filter, page));
    }

    @Override
    public long count(PeopleFilter filter) {
        return uc.read(READ_PEOPLE, () -> people.count(filter));
    }

    @Override
    public Person get(PersonId id) {
        return uc.read(READ_PEOPLE, () -> people.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id)));
    }

    @Override
    public WithSteps<Person, PersonStep> detail(PersonId id) {
        var person = get(id);
        return new WithSteps<>(person, person.allowedSteps(uc.actor()));
    }

    private void requireActiveDepartment(DepartmentId id) {
        var department = departments.byId(id).orElseThrow(() -> new InvalidValue("department", "validation.required"));
        if (!department.active()) {
            throw new InvalidValue("department", "validation.department.inactive");
        }
    }
}
