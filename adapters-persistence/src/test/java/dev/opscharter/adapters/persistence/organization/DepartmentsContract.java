package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Departments} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class DepartmentsContract {

    protected abstract Departments departments();

    static Department newDepartment() {
        var token = Unique.token();
        return Department.create(new DepartmentCode("T" + token), new BilingualName("测试部" + token, "Test " + token),
                DepartmentKind.FUNCTIONAL);
    }

    @Test
    void a_new_department_is_stored_as_version_1_with_every_field() {
        var department = Department.create(new DepartmentCode("Q" + Unique.token()),
                new BilingualName("运营管理部（华东）", "Operations East"), DepartmentKind.FRONTLINE);

        var saved = departments().save(department);

        var expected = Department.reconstitute(department.id(), department.code(), department.name(),
                DepartmentKind.FRONTLINE, true, 1);
        assertThat(saved).isEqualTo(expected);
        assertThat(departments().byId(department.id())).contains(expected);
    }

    @Test
    void a_department_is_found_by_its_code() {
        var saved = departments().save(newDepartment());

        assertThat(departments().byCode(saved.code())).contains(saved);
        assertThat(departments().byCode(new DepartmentCode("NO_SUCH_" + Unique.token()))).isEmpty();
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(departments().byId(DepartmentId.random())).isEmpty();
    }

    @Test
    void all_lists_every_stored_department() {
        var first = departments().save(newDepartment());
        var second = departments().save(newDepartment());

        assertThat(departments().all()).contains(first, second);
    }

    @Test
    void an_update_with_the_stored_version_is_saved_and_bumps_the_version() {
        var saved = departments().save(newDepartment());
        var newCode = new DepartmentCode("R" + Unique.token());

        var edited = departments().save(
                saved.edit(newCode, new BilingualName("财务共享中心", "Finance Shared Services"), DepartmentKind.EXECUTIVE,
                        saved.version()));
        var deactivated = departments().save(edited.deactivate(edited.version()));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(deactivated.version()).isEqualTo(3);
        assertThat(departments().byId(saved.id())).contains(deactivated);
        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.code()).isEqualTo(newCode);
        assertThat(deactivated.name()).isEqualTo(new BilingualName("财务共享中心", "Finance Shared Services"));
        assertThat(deactivated.kind()).isEqualTo(DepartmentKind.EXECUTIVE);
        assertThat(departments().byCode(saved.code())).isEmpty();
    }

    @Test
    void stale_update_is_refused_and_changes_nothing() {
        var saved = departments().save(newDepartment());
        var current = departments().save(saved.deactivate(saved.version()));

        var stale = saved.edit(saved.code(), new BilingualName("过时的名字", "Stale name"), DepartmentKind.EXECUTIVE,
                saved.version());

        assertThatThrownBy(() -> departments().save(stale)).isInstanceOf(ConcurrentModification.class);
        assertThat(departments().byId(saved.id())).contains(current);
    }

    @Test
    void an_update_from_a_version_ahead_of_the_stored_one_is_refused() {
        var saved = departments().save(newDepartment());

        assertThatThrownBy(() -> departments().save(saved.deactivate(saved.version() + 1)))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(departments().byId(saved.id())).contains(saved);
    }

    @Test
    void saving_the_same_new_department_twice_is_refused() {
        var department = newDepartment();
        var saved = departments().save(department);

        assertThatThrownBy(() -> departments().save(department)).isInstanceOf(ConcurrentModification.class);
        assertThat(departments().byId(department.id())).contains(saved);
    }

    @Test
    void updating_a_department_that_was_never_stored_is_refused() {
        var neverStored = Department.reconstitute(DepartmentId.random(), new DepartmentCode("U" + Unique.token()),
                new BilingualName("幽灵部", "Ghost"), DepartmentKind.FUNCTIONAL, true, 1);

        assertThatThrownBy(() -> departments().save(neverStored)).isInstanceOf(ConcurrentModification.class);
        assertThat(departments().byId(neverStored.id())).isEmpty();
    }
}
