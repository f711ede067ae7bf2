package dev.opscharter.application.organization.port.out;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;

import java.util.List;
import java.util.Optional;

public interface People extends RecordStore<PersonId, Person> {

    List<Person> all();

    /**
     * A page of the people the filter finds (the name or e-mail holding the text, any case), sorted by
     * the page's keys ({@code name}, {@code email}, {@code joinedOn}), then by name.
     */
    List<Person> page(PeopleFilter filter, PageRequest page);

    long count(PeopleFilter filter);

    Optional<Person> byId(PersonId id);

    /** Same contract as {@link Departments#save}. */
    Person save(Person person);
}
