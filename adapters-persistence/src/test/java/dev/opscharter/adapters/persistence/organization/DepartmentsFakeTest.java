package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.fakes.InMemoryDepartments;
import dev.opscharter.application.organization.port.out.Departments;

class DepartmentsFakeTest extends DepartmentsContract {

    private final Departments departments = new InMemoryDepartments();

    @Override
    protected Departments departments() {
        return departments;
    }
}
