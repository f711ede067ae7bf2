package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Component
class JdbcPeople implements People {

    private static final String ENTITY = "Person";

    private final PersonRepository repository;
    private final JdbcAggregateTemplate template;
    private final JdbcClient jdbc;

    JdbcPeople(PersonRepository repository, JdbcAggregateTemplate template, JdbcClient jdbc) {
        this.repository = repository;
        this.template = template;
        this.jdbc = jdbc;
    }

    /**
     * Two queries for everyone (Spring Data would read the roles person by person): figures such as
     * core staff retention read the whole company on every scorecard.
     */
    @Override
    public List<Person> all() {
        var roles = new HashMap<UUID, Set<PersonRoleRow>>();
        jdbc.sql("select person_id, role from person_role").query(rs -> {
            roles.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new HashSet<>())
                    .add(new PersonRoleRow(rs.getString("role")));
        });
        return jdbc.sql("select id, name, email, department_id, core_staff, joined_on, left_on, version from person")
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    return PersonMapper.toDomain(new PersonRow(id, rs.getString("name"), rs.getString("email"),
                            rs.getObject("department_id", UUID.class), roles.getOrDefault(id, Set.of()),
                            rs.getBoolean("core_staff"), rs.getObject("joined_on", LocalDate.class),
                            rs.getObject("left_on", LocalDate.class), rs.getLong("version")));
                }).list();
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
