package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Role;

import java.util.EnumSet;
import java.util.stream.Collectors;

final class PersonMapper {

    private PersonMapper() {
    }

    static PersonRow toRow(Person person) {
        var roles = person.roles().stream().map(role -> new PersonRoleRow(role.name())).collect(Collectors.toSet());
        var leftOn = switch (person.employment()) {
            case Employment.Active active -> null;
            case Employment.Left left -> left.on();
        };
        return new PersonRow(person.id().value(), person.name(), person.email().value(),
                person.departmentId().value(), roles, person.coreStaff(), person.joinedOn(), leftOn,
                person.version());
    }

    static Person toDomain(PersonRow row) {
        var roles = EnumSet.noneOf(Role.class);
        row.roles().forEach(role -> roles.add(Role.valueOf(role.role())));
        var leftOn = row.leftOn();
        Employment employment = leftOn == null ? Employment.ACTIVE : new Employment.Left(leftOn);
        return Person.reconstitute(new PersonId(row.id()), row.name(), new EmailAddress(row.email()),
                new DepartmentId(row.departmentId()), roles, row.coreStaff(), row.joinedOn(), employment,
                row.version());
    }
}
