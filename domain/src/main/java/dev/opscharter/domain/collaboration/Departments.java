package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The departments a meeting, project or conflict involves: at least a minimum, each named once, in given order. */
final class Departments {

    private Departments() {
    }

    static Set<DepartmentCode> atLeast(int minimum, Collection<DepartmentCode> departments, String field) {
        var distinct = new LinkedHashSet<>(departments);
        if (distinct.size() < minimum) {
            throw new InvalidValue(field, "validation.collaboration.departments", minimum);
        }
        return Collections.unmodifiableSet(distinct);
    }

    static String describe(Set<DepartmentCode> departments) {
        return String.join(", ", departments.stream().map(DepartmentCode::value).toList());
    }
}
