package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private static final Map<String, Comparator<Person>> SORT_KEYS = Map.of(
            "name", Comparator.comparing(Person::name),
            "email", Comparator.comparing(p -> p.email().value()),
            "joinedOn", Comparator.comparing(Person::joinedOn));

    @Override
    public List<Person> page(PeopleFilter filter, PageRequest page) {
        return InMemoryPage.of(store.all().stream().filter(filter::matches), page, SORT_KEYS,
                Comparator.comparing(Person::name).thenComparing(p -> p.id().value()));
    }

    @Override
    public long count(PeopleFilter filter) {
        return store.all().stream().filter(filter::matches).count();
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return store.get(id);
    }

    @Override
    public List<Person> holdingAnyOf(Set<Role> roles) {
        return store.all().stream().filter(Person::isActive)
                .filter(p -> p.roles().stream().anyMatch(roles::contains))
                .sorted(Comparator.comparing(Person::name).thenComparing(p -> p.id().value())).toList();
    }

    @Override
    public Person save(Person person) {
        return store.save(person);
    }
}
