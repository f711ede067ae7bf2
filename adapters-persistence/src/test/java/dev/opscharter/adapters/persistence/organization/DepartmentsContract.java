package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.PageRequest.Order;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

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
    void a_page_of_departments_is_found_by_code_or_name_sorted_and_cut_by_the_store() {
        var token = Unique.token();
        for (int i = 0; i < 12; i++) {
            departments().save(Department.create(new DepartmentCode("P%s_%02d".formatted(token, i)),
                    new BilingualName("分页部 %s %02d".formatted(token, 11 - i), "Pager %s %02d".formatted(token, i)),
                    i % 3 == 1 ? DepartmentKind.FRONTLINE : DepartmentKind.FUNCTIONAL));
        }
        var ours = new DepartmentFilter(" " + token.toLowerCase(Locale.ROOT) + " ");

        assertThat(departments().count(ours)).isEqualTo(12);
        assertThat(codes(departments().page(ours, new PageRequest(0, 3))))
                .containsExactly("P" + token + "_00", "P" + token + "_01", "P" + token + "_02");
        assertThat(departments().page(ours, new PageRequest(10, 5))).hasSize(2);
        assertThat(codes(departments().page(ours, page(new Order("nameZh", false)))))
                .containsExactly("P" + token + "_11");
        assertThat(codes(departments().page(ours, page(new Order("nameEn", true)))))
                .containsExactly("P" + token + "_11");
        assertThat(codes(departments().page(ours, page(new Order("kind", false)))))
                .containsExactly("P" + token + "_01");
        assertThat(codes(departments().page(ours, page(new Order("no-such-key", true)))))
                .containsExactly("P" + token + "_00");
        // the code, the English and the Chinese name are each found, in any case
        assertThat(departments().count(new DepartmentFilter("p" + token.toLowerCase(Locale.ROOT) + "_03"))).isOne();
        assertThat(departments().count(new DepartmentFilter("PAGER " + token + " 05"))).isOne();
        assertThat(departments().count(new DepartmentFilter("分页部 " + token.toLowerCase(Locale.ROOT) + " 07")))
                .isOne();
        assertThat(departments().count(DepartmentFilter.ALL)).isGreaterThanOrEqualTo(12);
    }

    private static PageRequest page(Order order) {
        return new PageRequest(0, 1, List.of(order));
    }

    private static List<String> codes(List<Department> departments) {
        return departments.stream().map(d -> d.code().value()).toList();
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
