package dev.opscharter.application.organization.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

public interface PeopleQueries {

    /** Ordered by name. */
    List<Person> list(PeopleFilter filter);

    /**
     * A page of {@link #list}, sorted in the database by the page's keys ({@code name}, {@code email},
     * {@code joinedOn}), then by name.
     */
    List<Person> list(PeopleFilter filter, PageRequest page);

    long count(PeopleFilter filter);

    Person get(PersonId id);

    record PeopleFilter(Optional<String> nameContains, Optional<DepartmentId> department, boolean includeLeavers) {

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
}
