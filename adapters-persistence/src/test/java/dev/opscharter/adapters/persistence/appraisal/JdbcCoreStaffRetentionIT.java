package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.service.CoreStaffRetentionSource;
import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.BilingualName;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Core staff retention as production builds it, over the people and departments in PostgreSQL. The
 * database is shared with other tests, so the source sees only the departments this test made (and
 * therefore only their people): everything it reads still comes from the real stores.
 */
@PersistenceIntegrationTest
class JdbcCoreStaffRetentionIT extends IndicatorSourceContract {

    @Autowired
    private People people;

    @Autowired
    private Departments departments;

    private final List<DepartmentId> mine = new ArrayList<>();

    @Override
    protected DepartmentId department(DepartmentKind kind) {
        var made = departments.save(Department.create(new DepartmentCode(code("D")),
                new BilingualName("部门", "Department"), kind)).id();
        mine.add(made);
        return made;
    }

    @Override
    protected void hired(Person person) {
        people.save(person);
    }

    @Override
    protected IndicatorSource source(Clock clock) {
        return new CoreStaffRetentionSource(people, new OnlyMine(), clock);
    }

    private final class OnlyMine implements Departments {

        @Override
        public List<Department> all() {
            return departments.all().stream().filter(d -> mine.contains(d.id())).toList();
        }

        @Override
        public List<Department> page(DepartmentFilter filter, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(DepartmentFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Department> byId(DepartmentId id) {
            return departments.byId(id).filter(d -> mine.contains(d.id()));
        }

        @Override
        public Optional<Department> byCode(DepartmentCode code) {
            return departments.byCode(code).filter(d -> mine.contains(d.id()));
        }

        @Override
        public Department save(Department department) {
            throw new UnsupportedOperationException();
        }
    }
}
