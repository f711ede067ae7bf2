package dev.opscharter.application.organization;

import dev.opscharter.application.organization.fakes.InMemoryDepartments;
import dev.opscharter.application.organization.fakes.InMemoryPeople;
import dev.opscharter.application.organization.fakes.InMemorySettingsStore;
import dev.opscharter.application.organization.fakes.InMemoryUserAccounts;
import dev.opscharter.application.organization.fakes.PlainTextHasher;
import dev.opscharter.application.organization.service.DashboardService;
import dev.opscharter.application.organization.service.DepartmentService;
import dev.opscharter.application.organization.service.PeopleService;
import dev.opscharter.application.organization.service.SettingsService;
import dev.opscharter.application.organization.service.SignInService;
import dev.opscharter.application.organization.service.UserAccountService;
import dev.opscharter.application.shared.AdjustableClock;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.application.shared.fakes.InMemoryAuditLog;
import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.fakes.InMemoryTransactions;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.LockoutPolicy;
import dev.opscharter.domain.organization.OrganizationSettings;
import dev.opscharter.domain.organization.Password;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization context wired to its in-memory fakes, with a fixed clock and an administrator
 * acting. Records set up through it are stored directly through the outbound ports, so setting up
 * a test writes no audit entries: every entry a test sees comes from the use case under test.
 */
public final class OrganizationFixture {

    /** Thursday 14 May 2026, 10:00 in Shanghai: the second quarter. */
    public static final Instant NOW = Instant.parse("2026-05-14T02:00:00Z");
    public static final String PASSWORD = "correct-horse-7";
    public static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 6);

    public final AdjustableClock clock = new AdjustableClock(NOW);
    public final InMemoryDepartments departments = new InMemoryDepartments();
    public final InMemoryPeople people = new InMemoryPeople();
    public final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    public final InMemorySettingsStore settings = new InMemorySettingsStore();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryProcessedRequests processedRequests = new InMemoryProcessedRequests();
    public final PlainTextHasher hasher = new PlainTextHasher();
    public final FixedActor actor = new FixedActor(Actor.user("admin", Set.of(Role.ADMIN)));
    public final Audit audit = new Audit(auditLog, actor, clock);
    public final BusinessCalendar calendar = new BusinessCalendar(clock, () -> settings.load().timeZone());
    public final UseCase useCase = new UseCase(transactions, actor, auditLog, processedRequests, calendar);

    // ---- the services under test

    public DepartmentService departmentService() {
        return new DepartmentService(departments, useCase);
    }

    public PeopleService peopleService() {
        return new PeopleService(people, departments, accounts, useCase);
    }

    public UserAccountService userAccountService() {
        return new UserAccountService(accounts, people, hasher, useCase);
    }

    public SignInService signInService() {
        return new SignInService(accounts, people, departments, hasher, useCase, LockoutPolicy.DEFAULT);
    }

    public SettingsService settingsService() {
        return new SettingsService(settings, useCase);
    }

    public DashboardService dashboardService() {
        return new DashboardService(departments, people, accounts, settings, useCase);
    }

    // ---- who acts

    public Actor actAs(Actor someone) {
        actor.actAs(someone);
        return someone;
    }

    public Actor actAs(String name, Role... roles) {
        return actAs(Actor.user(name, Set.of(roles)));
    }

    public void actAsAdmin() {
        actAs("admin", Role.ADMIN);
    }

    // ---- records, stored without audit

    public Department department(String code) {
        return department(code, DepartmentKind.FUNCTIONAL);
    }

    public Department department(String code, DepartmentKind kind) {
        var name = code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
        return departments.save(Department.create(new DepartmentCode(code), new BilingualName(name + "部", name), kind));
    }

    public Department inactiveDepartment(String code) {
        var department = department(code);
        return departments.save(department.deactivate(department.version()));
    }

    public PersonBuilder person(String name, Department department) {
        return new PersonBuilder(name, department);
    }

    /** An enabled account with {@link #PASSWORD}, in Chinese. */
    public UserAccount account(Person person, String username) {
        return accounts.save(UserAccount.open(new Username(username), hasher.hash(new Password(PASSWORD)), person.id(),
                Language.ZH_CN));
    }

    public UserAccount disabledAccount(Person person, String username) {
        var account = account(person, username);
        return accounts.save(account.disable(account.version()));
    }

    public UserAccount accountLockedUntil(Person person, String username, Instant lockedUntil) {
        return accounts.save(UserAccount.reconstitute(UserAccountId.random(), new Username(username),
                hasher.hash(new Password(PASSWORD)), person.id(), Language.ZH_CN, true, 0, Optional.of(lockedUntil),
                0));
    }

    public void timeZone(ZoneId zone) {
        var current = settings.load();
        settings.save(current.change(current.organizationName(), zone, current.version()));
    }

    // ---- reading back

    public Department stored(Department department) {
        return departments.byId(department.id()).orElseThrow();
    }

    public Person stored(Person person) {
        return people.byId(person.id()).orElseThrow();
    }

    public UserAccount stored(UserAccount account) {
        return accounts.byId(account.id()).orElseThrow();
    }

    public UserAccount storedAccount(String username) {
        return accounts.byUsername(new Username(username)).orElseThrow();
    }

    /** Asserts that exactly one audit entry was written and returns it. */
    public AuditEntry onlyAuditEntry() {
        var entries = auditLog.entries();
        assertThat(entries).as("audit entries").hasSize(1);
        return entries.getFirst();
    }

    /** Everything stored, to show that a refused use case changed nothing at all. */
    public State state() {
        return new State(departments.all(), people.all(), accounts.all(), settings.load(), auditLog.entries());
    }

    public record State(List<Department> departments, List<Person> people, List<UserAccount> accounts,
                        OrganizationSettings settings, List<AuditEntry> auditEntries) {
    }

    public final class PersonBuilder {
        private final String name;
        private final Department department;
        private Set<Role> roles = Set.of();
        private boolean coreStaff;
        private LocalDate joinedOn = LONG_AGO;
        private Employment employment = Employment.ACTIVE;

        private PersonBuilder(String name, Department department) {
            this.name = name;
            this.department = department;
        }

        public PersonBuilder roles(Role... held) {
            roles = Set.of(held);
            return this;
        }

        public PersonBuilder coreStaff() {
            coreStaff = true;
            return this;
        }

        public PersonBuilder joinedOn(LocalDate day) {
            joinedOn = day;
            return this;
        }

        public PersonBuilder leftOn(LocalDate day) {
            employment = new Employment.Left(day);
            return this;
        }

        public Person save() {
            var email = new EmailAddress(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@corp.cn");
            return people.save(Person.reconstitute(PersonId.random(), name, email, department.id(), roles, coreStaff,
                    joinedOn, employment, 0));
        }
    }
}
