package dev.opscharter.application.organization.port.out;

import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;

import java.util.List;
import java.util.Optional;

public interface People {

    List<Person> all();

    Optional<Person> byId(PersonId id);

    /** Same contract as {@link Departments#save}. */
    Person save(Person person);
}
