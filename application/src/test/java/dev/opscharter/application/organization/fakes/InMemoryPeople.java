package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;

import java.util.Comparator;
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
    public List<Person> page(PeopleFilter filter, PageRequest page) {
        Comparator<Person> order = Comparator.comparing(Person::name).thenComparing(p -> p.id().value());
        for (var sort : page.sort().reversed()) {
            Comparator<Person> by = switch (sort.key()) {
                case "name" -> Comparator.comparing(Person::name);
                case "email" -> Comparator.comparing(p -> p.email().value());
                case "joinedOn" -> Comparator.comparing(Person::joinedOn);
                default -> null;
            };
            if (by != null) {
                order = (sort.descending() ? by.reversed() : by).thenComparing(order);
            }
        }
        return store.all().stream().filter(filter::matches).sorted(order).skip(page.offset()).limit(page.limit())
                .toList();
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
    public Person save(Person person) {
        return store.save(person);
    }
}
