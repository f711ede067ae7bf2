package dev.opscharter.application.organization;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;

import java.util.Locale;
import java.util.Optional;

/** Which people a list finds. */
public record PeopleFilter(Optional<String> nameContains, Optional<DepartmentId> department, boolean includeLeavers) {

    public static final PeopleFilter EVERYONE = new PeopleFilter(Optional.empty(), Optional.empty(), true);

    /** Whether the filter finds the person: the name (any case) or the e-mail holding the text. */
    public boolean matches(Person person) {
        var needle = nameContains().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
        return (includeLeavers() || person.isActive())
                && department().map(person.departmentId()::equals).orElse(true)
                && (needle.isEmpty() || person.name().toLowerCase(Locale.ROOT).contains(needle)
                || person.email().value().contains(needle));
    }
}
