package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;

import java.util.List;
import java.util.Optional;

public final class InMemoryPeople implements People {

    private final VersionedStore<PersonId, Person> store = new VersionedStore<>("Person", Person::id,
            new VersionedStore.Versioning<>() {
                public long version(Person p) {
                    return p.version();
                }

                public Person withVersion(Person p, long v) {
                    return Person.reconstitute(p.id(), p.name(), p.email(), p.departmentId(), p.roles(),
                            p.coreStaff(), p.joinedOn(), p.employment(), v);
                }
            });

    @Override
    public List<Person> all() {
        return store.all();
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return store.get(id);
    }

    @Override
    public Person save(Person person) {
        return store.save(person);
    }
}
