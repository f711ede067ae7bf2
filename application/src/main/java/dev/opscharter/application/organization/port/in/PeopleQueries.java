package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;

import java.util.List;
import java.util.Optional;

public interface PeopleQueries {

    /** Ordered by name. */
    List<Person> list(PeopleFilter filter);

    Person get(PersonId id);

    record PeopleFilter(Optional<String> nameContains, Optional<DepartmentId> department, boolean includeLeavers) {

        public static final PeopleFilter EVERYONE = new PeopleFilter(Optional.empty(), Optional.empty(), true);
    }
}
