package dev.opscharter.application.charter;

import dev.opscharter.application.charter.fakes.InMemoryCharters;
import dev.opscharter.application.charter.fakes.InMemoryWorkItems;
import dev.opscharter.application.charter.service.CharterService;
import dev.opscharter.application.charter.service.WorkItemService;
import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.CharterSeed;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.opscharter.domain.charter.CharterSeed.EXECUTIVE;
import static dev.opscharter.domain.charter.CharterSeed.FINANCE;
import static dev.opscharter.domain.charter.CharterSeed.FRONTLINE;
import static dev.opscharter.domain.charter.CharterSeed.HR;
import static dev.opscharter.domain.charter.CharterSeed.INTERNAL_AUDIT;
import static dev.opscharter.domain.charter.CharterSeed.IT;

/**
 * The charter context on in-memory fakes: the default departments, the seeded first charter (in
 * force since 1 January 2026) and a person with an account for each kind of user, named after their
 * username so that the work-item service finds their department. The manager acts first.
 */
public final class CharterFixture {

    public static final LocalDate FIRST_EFFECTIVE = LocalDate.of(2026, 1, 1);

    public final OrganizationFixture org = new OrganizationFixture();
    public final InMemoryCharters charters = new InMemoryCharters();
    public final InMemoryWorkItems workItems = new InMemoryWorkItems();

    public final Department operations = org.department("OPERATIONS", DepartmentKind.OPERATIONS);
    public final Department frontline = org.department(FRONTLINE, DepartmentKind.FRONTLINE);
    public final Department executive = org.department(EXECUTIVE, DepartmentKind.EXECUTIVE);
    public final Department it = org.department(IT);
    public final Department internalAudit = org.department(INTERNAL_AUDIT);
    public final Department hr = org.department(HR);
    public final Department finance = org.department(FINANCE);

    public final Actor manager = member("manager", operations, Role.OPS_MANAGER);
    public final Actor specialist = member("specialist", operations, Role.OPS_SPECIALIST);
    public final Actor director = member("director", operations, Role.OPS_DIRECTOR);
    public final Actor itLead = member("it.lead", it, Role.DEPARTMENT_LEAD);
    public final Actor hrLead = member("hr.lead", hr, Role.DEPARTMENT_LEAD);
    public final Actor financeLead = member("finance.lead", finance, Role.DEPARTMENT_LEAD);
    public final Actor executiveLead = member("executive.lead", executive, Role.DEPARTMENT_LEAD);
    public final Actor auditor = member("auditor", internalAudit, Role.AUDITOR);
    public final Actor admin = member("it.admin", it, Role.ADMIN);

    public final Charter first = Charter.first(seedDimensions(), FIRST_EFFECTIVE, "seeded from the job description",
            "system", OrganizationFixture.NOW.minusSeconds(86_400L * 200));

    public final RecordingNotifications notifications = new RecordingNotifications();

    public CharterFixture() {
        charters.add(first);
        actAs(manager);
    }

    public CharterService charterService() {
        return new CharterService(charters, org.useCase);
    }

    public WorkItemService workItemService() {
        return new WorkItemService(workItems, charters, org.accounts, org.people, notifications, org.useCase);
    }

    public Actor actAs(Actor someone) {
        return org.actAs(someone);
    }

    /** A person of {@code department} with an account named {@code username}, and the actor they sign in as. */
    public Actor member(String username, Department department, Role... roles) {
        var person = org.person(username, department).roles(roles).save();
        org.account(person, username);
        return Actor.user(username, Set.of(roles));
    }

    public DepartmentId departmentId(DepartmentCode code) {
        return org.departments.byCode(code).orElseThrow().id();
    }

    /** The charter's four dimensions as seeded from the specification's table. */
    public List<DutyDimension> seedDimensions() {
        return CharterSeed.dimensions(this::departmentId);
    }

    /** The seeded dimensions with one line replaced by another of the same duty type. */
    public List<DutyDimension> seedDimensionsWith(CharterLine replacement) {
        return seedDimensions().stream().map(d -> new DutyDimension(d.code(), d.name(), d.lines().stream()
                .map(l -> l.dutyType().equals(replacement.dutyType()) ? replacement : l).toList())).toList();
    }
}
