package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
class JdbcDepartments implements Departments {

    private static final String ENTITY = "Department";

    private final DepartmentRepository repository;
    private final JdbcAggregateTemplate template;
    private final JdbcClient jdbc;

    JdbcDepartments(DepartmentRepository repository, JdbcAggregateTemplate template, JdbcClient jdbc) {
        this.repository = repository;
        this.template = template;
        this.jdbc = jdbc;
    }

    @Override
    public List<Department> all() {
        return repository.findAll().stream().map(DepartmentMapper::toDomain).toList();
    }

    @Override
    public List<Department> page(DepartmentFilter filter, PageRequest page) {
        return jdbc.sql("select id, code, name_zh, name_en, kind, active, version from department " + WHERE
                        + SqlPage.orderAndLimit(page, SORT_KEYS, "code, id"))
                .param("needle", filter.needle())
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query((rs, row) -> DepartmentMapper.toDomain(new DepartmentRow(rs.getObject("id", UUID.class),
                        rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("kind"),
                        rs.getBoolean("active"), rs.getLong("version"))))
                .list();
    }

    @Override
    public long count(DepartmentFilter filter) {
        return jdbc.sql("select count(*) from department " + WHERE).param("needle", filter.needle())
                .query(Long.class).single();
    }

    private static final Map<String, String> SORT_KEYS = Map.of("code", "code", "nameZh", "name_zh",
            "nameEn", "name_en", "kind", "kind");

    /** The text as typed in lower case, found in the code or either name in any case. */
    private static final String WHERE = """
            where (:needle = '' or strpos(lower(code), :needle) > 0 or strpos(lower(name_zh), :needle) > 0
                   or strpos(lower(name_en), :needle) > 0)
            """;

    @Override
    public Optional<Department> byId(DepartmentId id) {
        return repository.findById(id.value()).map(DepartmentMapper::toDomain);
    }

    @Override
    public Optional<Department> byCode(DepartmentCode code) {
        return repository.findByCode(code.value()).map(DepartmentMapper::toDomain);
    }

    @Override
    public Department save(Department department) {
        var row = DepartmentMapper.toRow(department);
        var saved = Saves.translated(ENTITY, department.id(),
                Map.of("department_code_unique",
                        () -> new InvalidValue("code", "validation.department-code.taken", department.code().value())),
                () -> department.isNew() ? template.insert(row) : template.update(row));
        return DepartmentMapper.toDomain(saved);
    }
}
