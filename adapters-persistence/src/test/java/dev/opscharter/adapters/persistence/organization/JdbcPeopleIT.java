package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcPeopleIT extends PeopleContract {

    @Autowired
    private People people;

    @Autowired
    private Departments departments;

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected DepartmentId aDepartment() {
        return seeded("OPERATIONS");
    }

    @Override
    protected DepartmentId anotherDepartment() {
        return seeded("FINANCE");
    }

    private DepartmentId seeded(String code) {
        return departments.byCode(new DepartmentCode(code)).orElseThrow().id();
    }

    @Test
    void a_person_in_a_department_that_does_not_exist_is_refused() {
        var person = Person.hire("Nobody", new EmailAddress("nobody@example.com"), DepartmentId.random(), Set.of(),
                false, LocalDate.of(2024, 1, 1));

        assertThatThrownBy(() -> people.save(person)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
