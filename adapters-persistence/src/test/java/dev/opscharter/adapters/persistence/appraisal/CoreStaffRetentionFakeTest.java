package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.service.CoreStaffRetentionSource;
import dev.opscharter.application.organization.fakes.InMemoryDepartments;
import dev.opscharter.application.organization.fakes.InMemoryPeople;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.BilingualName;

import java.time.Clock;

/** Core staff retention over the people records in memory. */
class CoreStaffRetentionFakeTest extends IndicatorSourceContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryDepartments departments = new InMemoryDepartments();

    @Override
    protected DepartmentId department(DepartmentKind kind) {
        return departments.save(Department.create(new DepartmentCode(code("D")), new BilingualName("部门", "Department"),
                kind)).id();
    }

    @Override
    protected void hired(Person person) {
        people.save(person);
    }

    @Override
    protected IndicatorSource source(Clock clock) {
        return new CoreStaffRetentionSource(people, departments, clock);
    }
}
