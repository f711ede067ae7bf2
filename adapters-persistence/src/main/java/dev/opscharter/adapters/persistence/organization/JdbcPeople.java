package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Role;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
                .query((rs, row) -> person(rs, roles.getOrDefault(rs.getObject("id", UUID.class), Set.of())))
                .list();
    }

    private static Person person(ResultSet rs, Set<PersonRoleRow> roles) throws SQLException {
        return PersonMapper.toDomain(new PersonRow(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("email"), rs.getObject("department_id", UUID.class), roles, rs.getBoolean("core_staff"),
                rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                rs.getLong("version")));
    }

    /** One query: the page's people with their roles, cut and sorted in SQL. */
    @Override
    public List<Person> page(PeopleFilter filter, PageRequest page) {
        return where(jdbc.sql("""
                        select id, name, email, department_id, core_staff, joined_on, left_on, version,
                               array(select r.role from person_role r where r.person_id = person.id) as roles
                        from person
                        """ + WHERE + SqlPage.orderAndLimit(page, SORT_KEYS, "name, id")), filter)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(JdbcPeople::withRoles)
                .list();
    }

    /** A person read with their roles gathered into an array column {@code roles}. */
    private static Person withRoles(ResultSet rs, int row) throws SQLException {
        var roles = new HashSet<PersonRoleRow>();
        for (var role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(new PersonRoleRow(role));
        }
        return person(rs, roles);
    }

    @Override
    public long count(PeopleFilter filter) {
        return where(jdbc.sql("select count(*) from person " + WHERE), filter).query(Long.class).single();
    }

    private static final Map<String, String> SORT_KEYS = Map.of("name", "name", "email", "email",
            "joinedOn", "joined_on");

    /** The text is matched as typed in lower case: the name in any case, the e-mail as stored. */
    private static final String WHERE = """
            where (:needle = '' or strpos(lower(name), :needle) > 0 or strpos(email, :needle) > 0)
              and (:allDepartments or department_id in (:departments))
              and (:includeLeavers or left_on is null)
            """;

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, PeopleFilter filter) {
        return statement
                .param("needle", filter.nameContains().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(""))
                .param("allDepartments", filter.departments().isEmpty())
                // never an empty list, which would be "in ()": the nil id stands for none when all are asked
                .param("departments", filter.departments().isEmpty() ? List.of(new UUID(0, 0))
                        : filter.departments().stream().map(DepartmentId::value).toList())
                .param("includeLeavers", filter.includeLeavers());
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return repository.findById(id.value()).map(PersonMapper::toDomain);
    }

    @Override
    public List<Person> holdingAnyOf(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, name, email, department_id, core_staff, joined_on, left_on, version,
                               array(select r.role from person_role r where r.person_id = person.id) as roles
                        from person
                        where left_on is null
                          and exists (select 1 from person_role r where r.person_id = person.id and r.role in (:roles))
                        order by name, id
                        """)
                .param("roles", roles.stream().map(Role::name).toList())
                .query(JdbcPeople::withRoles)
                .list();
    }

    @Override
    public Person save(Person person) {
        var row = PersonMapper.toRow(person);
        var saved = Saves.translated(ENTITY, person.id(), Map.of(),
                () -> person.isNew() ? template.insert(row) : template.update(row));
        return PersonMapper.toDomain(saved);
    }
}
