package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.DashboardQueries;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.opscharter.domain.organization.OrganizationPermission.ADMINISTER;
import static dev.opscharter.domain.organization.OrganizationPermission.SIGNED_IN;
import static dev.opscharter.domain.organization.OrganizationPermission.WATCH_CORE_STAFF;

/** Computes the home page from the records; every count on it is a live query, not a cache. */
public final class DashboardService implements DashboardQueries {

    private final Departments departments;
    private final People people;
    private final UserAccounts accounts;
    private final SettingsStore settings;
    private final UseCase uc;

    public DashboardService(Departments departments, People people, UserAccounts accounts, SettingsStore settings,
                            UseCase uc) {
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.settings = settings;
        this.uc = uc;
    }

    @Override
    public Dashboard forCurrentUser() {
        return uc.read(SIGNED_IN, () -> {
            var me = uc.actor();
            var organization = settings.load();
            var now = uc.calendar().now();
            var today = LocalDate.ofInstant(now, organization.timeZone());
            var everyone = people.all();
            var active = everyone.stream().filter(Person::isActive).toList();
            var allAccounts = accounts.all();
            var activeDepartments = departments.all().stream().filter(d -> d.active()).toList();
            var perDepartment = active.stream().collect(Collectors.groupingBy(Person::departmentId, Collectors.counting()));
            var headcount = activeDepartments.stream()
                    .map(d -> new Headcount(d, perDepartment.getOrDefault(d.id(), 0L).intValue()))
                    .sorted(Comparator.comparingInt(Headcount::people).reversed())
                    .toList();
            var myself = allAccounts.stream().filter(a -> a.username().value().equals(me.name())).findFirst()
                    .flatMap(a -> everyone.stream().filter(p -> p.id().equals(a.personId())).findFirst());
            var myDepartment = myself.flatMap(p -> departments.byId(p.departmentId()));

            var attention = new ArrayList<Attention>();
            if (me.may(ADMINISTER)) {
                var byId = everyone.stream().collect(Collectors.toMap(Person::id, Function.identity()));
                var withAccount = allAccounts.stream().map(UserAccount::personId).collect(Collectors.toSet());
                add(attention, AttentionKind.LOCKED_ACCOUNTS,
                        allAccounts.stream().filter(a -> a.isLockedAt(now)).count(), "admin/accounts");
                add(attention, AttentionKind.ENABLED_ACCOUNTS_OF_LEAVERS,
                        allAccounts.stream().filter(a -> a.enabled() && isLeaver(byId, a.personId())).count(),
                        "admin/accounts");
                add(attention, AttentionKind.STAFF_WITHOUT_ACCOUNT,
                        active.stream().filter(p -> !p.roles().isEmpty() && !withAccount.contains(p.id())).count(),
                        "admin/people");
                add(attention, AttentionKind.DEPARTMENTS_WITHOUT_PEOPLE,
                        headcount.stream().filter(h -> h.people() == 0).count(), "admin/departments");
            }
            if (me.may(WATCH_CORE_STAFF)) {
                add(attention, AttentionKind.CORE_STAFF_LEFT_THIS_QUARTER,
                        everyone.stream().filter(p -> p.coreStaff() && leftInQuarterOf(p, today)).count(),
                        "admin/people");
            }
            return new Dashboard(organization.organizationName(), organization.timeZone().getId(),
                    myself.map(Person::name).orElse(me.name()), myDepartment, me.roles(),
                    activeDepartments.size(), active.size(), (int) active.stream().filter(Person::coreStaff).count(),
                    allAccounts.size(), headcount, List.copyOf(attention));
        });
    }

    private static boolean isLeaver(Map<PersonId, Person> byId, PersonId id) {
        var person = byId.get(id);
        return person == null || !person.isActive();
    }

    private static boolean leftInQuarterOf(Person person, LocalDate today) {
        return person.employment() instanceof Employment.Left(LocalDate on)
                && on.getYear() == today.getYear()
                && on.get(IsoFields.QUARTER_OF_YEAR) == today.get(IsoFields.QUARTER_OF_YEAR)
                && !on.isAfter(today);
    }

    private static void add(List<Attention> items, AttentionKind kind, long count, String route) {
        if (count > 0) {
            items.add(new Attention(kind, (int) count, route));
        }
    }
}
