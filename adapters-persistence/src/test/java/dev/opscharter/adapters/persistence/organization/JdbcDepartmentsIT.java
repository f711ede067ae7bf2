package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@PersistenceIntegrationTest
class JdbcDepartmentsIT extends DepartmentsContract {

    @Autowired
    private Departments departments;

    @Override
    protected Departments departments() {
        return departments;
    }

    @Test
    void the_default_departments_are_seeded_with_fixed_ids() {
        assertThat(departments.byCode(new DepartmentCode("OPERATIONS")))
                .hasValueSatisfying(operations -> {
                    assertThat(operations.id())
                            .isEqualTo(new DepartmentId(UUID.fromString("de000000-0000-4000-8000-000000000001")));
                    assertThat(operations.name()).isEqualTo(new BilingualName("运营管理部", "Operations Management"));
                    assertThat(operations.kind()).isEqualTo(DepartmentKind.OPERATIONS);
                    assertThat(operations.active()).isTrue();
                    assertThat(operations.version()).isEqualTo(1);
                });
        assertThat(departments.all())
                .extracting(d -> d.code().value(), Department::kind)
                .contains(
                        tuple("OPERATIONS", DepartmentKind.OPERATIONS),
                        tuple("SALES", DepartmentKind.FUNCTIONAL),
                        tuple("MARKETING", DepartmentKind.FUNCTIONAL),
                        tuple("PRODUCT", DepartmentKind.FUNCTIONAL),
                        tuple("IT", DepartmentKind.FUNCTIONAL),
                        tuple("FINANCE", DepartmentKind.FUNCTIONAL),
                        tuple("HR", DepartmentKind.FUNCTIONAL),
                        tuple("CUSTOMER_SERVICE", DepartmentKind.FUNCTIONAL),
                        tuple("SUPPLY_CHAIN", DepartmentKind.FUNCTIONAL),
                        tuple("INTERNAL_AUDIT", DepartmentKind.FUNCTIONAL),
                        tuple("EXECUTIVE", DepartmentKind.EXECUTIVE),
                        tuple("FRONTLINE", DepartmentKind.FRONTLINE));
        assertThat(departments.byCode(new DepartmentCode("INTERNAL_AUDIT")).orElseThrow().name())
                .isEqualTo(new BilingualName("内审部", "Internal Audit"));
    }

    @Test
    void a_second_department_with_a_taken_code_is_refused_as_a_field_error() {
        var first = departments.save(newDepartment());
        var sameCode = Department.create(first.code(), new BilingualName("重复", "Duplicate"), DepartmentKind.FUNCTIONAL);

        assertThatThrownBy(() -> departments.save(sameCode))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("validation.department-code.taken");
                    assertThat(e.arguments()).containsExactly(first.code().value());
                });
        assertThat(departments.byId(sameCode.id())).isEmpty();
    }

    @Test
    void renaming_a_department_to_a_taken_code_is_refused_as_a_field_error() {
        var first = departments.save(newDepartment());
        var second = departments.save(newDepartment());

        assertThatThrownBy(() -> departments.save(
                second.edit(first.code(), second.name(), second.kind(), second.version())))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(departments.byId(second.id())).contains(second);
    }
}
