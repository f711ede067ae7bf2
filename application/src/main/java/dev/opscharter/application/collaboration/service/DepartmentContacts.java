package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.Role;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom collaboration tells: the usernames, with enabled accounts, of the leads of some departments and of the
 * operations managers, asked of the people holding those roles only.
 */
public final class DepartmentContacts {

    private final People people;
    private final UserAccounts accounts;
    private final Departments departments;

    public DepartmentContacts(People people, UserAccounts accounts, Departments departments) {
        this.people = people;
        this.accounts = accounts;
        this.departments = departments;
    }

    /** The leads of the departments and, when {@code withManagers}, the operations managers; each once. */
    Set<String> of(Collection<DepartmentCode> codes, boolean withManagers) {
        var ids = codes.stream().map(departments::byCode).flatMap(Optional::stream).map(Department::id)
                .collect(Collectors.toSet());
        var names = new LinkedHashSet<String>();
        for (var person : people.holdingAnyOf(Set.of(Role.DEPARTMENT_LEAD, Role.OPS_MANAGER))) {
            var lead = person.roles().contains(Role.DEPARTMENT_LEAD) && ids.contains(person.departmentId());
            if (lead || withManagers && person.roles().contains(Role.OPS_MANAGER)) {
                accounts.byPerson(person.id()).filter(UserAccount::enabled)
                        .ifPresent(account -> names.add(account.username().value()));
            }
        }
        return names;
    }
}
