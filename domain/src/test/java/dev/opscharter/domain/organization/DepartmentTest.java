package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DepartmentTest {

    private static final BilingualName FINANCE = new BilingualName("财务部", "Finance");

    @Test
    void a_new_department_is_active_and_not_yet_stored() {
        var department = Department.create(new DepartmentCode("fin"), FINANCE, DepartmentKind.FUNCTIONAL);

        assertThat(department.active()).isTrue();
        assertThat(department.isNew()).isTrue();
        assertThat(department.code().value()).isEqualTo("FIN");
    }

    @Test
    void deactivating_keeps_everything_else_and_reactivating_restores_it() {
        var department = Department.create(new DepartmentCode("FIN"), FINANCE, DepartmentKind.FUNCTIONAL);

        var inactive = department.deactivate(1);
        var active = inactive.reactivate(2);

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.id()).isEqualTo(department.id());
        assertThat(inactive.name()).isEqualTo(FINANCE);
        assertThat(active.active()).isTrue();
        assertThat(active.version()).isEqualTo(2);
    }

    @Test
    void the_snapshot_shows_code_names_kind_and_whether_active() {
        var department = Department.create(new DepartmentCode("FIN"), FINANCE, DepartmentKind.FUNCTIONAL).deactivate(1);

        assertThat(department.snapshot()).containsExactly(
                entry("code", "FIN"),
                entry("nameZh", "财务部"),
                entry("nameEn", "Finance"),
                entry("kind", "FUNCTIONAL"),
                entry("active", "false"));
    }
}
