package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcPeople implements People {

    private static final String ENTITY = "Person";

    private final PersonRepository repository;
    private final JdbcAggregateTemplate template;

    JdbcPeople(PersonRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public List<Person> all() {
        return repository.findAll().stream().map(PersonMapper::toDomain).toList();
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return repository.findById(id.value()).map(PersonMapper::toDomain);
    }

    @Override
    public Person save(Person person) {
        var row = PersonMapper.toRow(person);
        var saved = Saves.translated(ENTITY, person.id(), Map.of(),
                () -> person.isNew() ? template.insert(row) : template.update(row));
        return PersonMapper.toDomain(saved);
    }
}
