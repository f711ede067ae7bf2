package dev.opscharter.application.organization.port.in;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.PersonStep;

import java.util.List;

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

    /** The person as stored now, with what the signed-in user may do next to them. */
    WithSteps<Person, PersonStep> detail(PersonId id);
}
