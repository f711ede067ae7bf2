package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcDepartments implements Departments {

    private static final String ENTITY = "Department";

    private final DepartmentRepository repository;
    private final JdbcAggregateTemplate template;

    JdbcDepartments(DepartmentRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public List<Department> all() {
        return repository.findAll().stream().map(DepartmentMapper::toDomain).toList();
    }

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
