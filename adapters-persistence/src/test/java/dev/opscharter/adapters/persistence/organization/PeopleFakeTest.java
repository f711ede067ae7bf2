package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.fakes.InMemoryPeople;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.domain.organization.DepartmentId;

class PeopleFakeTest extends PeopleContract {

    private final People people = new InMemoryPeople();
    private final DepartmentId department = DepartmentId.random();
    private final DepartmentId anotherDepartment = DepartmentId.random();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected DepartmentId aDepartment() {
        return department;
    }

    @Override
    protected DepartmentId anotherDepartment() {
        return anotherDepartment;
    }
}
