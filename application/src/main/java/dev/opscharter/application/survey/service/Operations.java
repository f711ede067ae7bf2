package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;

import java.util.Collection;
import java.util.Comparator;

/**
 * The department every campaign rates: the organization's department of kind {@link DepartmentKind#OPERATIONS}
 * (an active one first, should an old one have been kept inactive). Asked each time, inside the use case's
 * transaction, so a renamed or replaced department counts at once.
 */
final class Operations {

    private final Departments departments;

    Operations(Departments departments) {
        this.departments = departments;
    }

    DepartmentId department() {
        return in(departments.all());
    }

    /** Operations among {@code all}, the organization's departments as just read. */
    static DepartmentId in(Collection<Department> all) {
        return all.stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS)
                .min(Comparator.comparing((Department d) -> !d.active()).thenComparing(d -> d.code().value()))
                .map(Department::id)
                .orElseThrow(() -> new IllegalStateException("the organization has no Operations department"));
    }
}
