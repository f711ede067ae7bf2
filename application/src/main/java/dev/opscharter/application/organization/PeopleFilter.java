package dev.opscharter.application.organization;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which people a list finds: in any of {@code departments} (all when it is empty). */
public record PeopleFilter(Optional<String> nameContains, Set<DepartmentId> departments, boolean includeLeavers) {

    public static final PeopleFilter EVERYONE = new PeopleFilter(Optional.empty(), Optional.empty(), true);

    public PeopleFilter {
        departments = Set.copyOf(departments);
    }

    /** In one department, or in all. */
    public PeopleFilter(Optional<String> nameContains, Optional<DepartmentId> department, boolean includeLeavers) {
        this(nameContains, department.map(Set::of).orElse(Set.of()), includeLeavers);
    }

    /** Whether the filter finds the person: the name (any case) or the e-mail holding the text. */
    public boolean matches(Person person) {
        var needle = nameContains().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
        return (includeLeavers() || person.isActive())
                && (departments.isEmpty() || departments.contains(person.departmentId()))
                && (needle.isEmpty() || person.name().toLowerCase(Locale.ROOT).contains(needle)
                || person.email().value().contains(needle));
    }
}
