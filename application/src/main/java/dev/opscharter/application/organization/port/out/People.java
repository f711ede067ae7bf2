package dev.opscharter.application.organization.port.out;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface People extends RecordStore<PersonId, Person> {

    List<Person> all();

    /**
     * A page of the people the filter finds (the name or e-mail holding the text, any case), sorted by
     * the page's keys ({@code name}, {@code email}, {@code joinedOn}), then by name.
     */
    List<Person> page(PeopleFilter filter, PageRequest page);

    long count(PeopleFilter filter);

    Optional<Person> byId(PersonId id);

    /**
     * The people still employed who hold any of the roles, by name: the few a notice may be for (the
     * leads, the director), found without reading the whole company.
     */
    List<Person> holdingAnyOf(Set<Role> roles);

    /** Same contract as {@link Departments#save}. */
    Person save(Person person);
}
