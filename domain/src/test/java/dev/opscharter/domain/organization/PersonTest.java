package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PersonTest {

    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final LocalDate JOINED = LocalDate.of(2024, 3, 1);
    private static final EmailAddress EMAIL = new EmailAddress("li.wei@corp.cn");

    @Test
    void a_new_hire_is_active_and_not_yet_stored() {
        var person = hire(Set.of(Role.OPS_MANAGER), true);

        assertThat(person.isActive()).isTrue();
        assertThat(person.employment()).isEqualTo(Employment.ACTIVE);
        assertThat(person.isNew()).isTrue();
        assertThat(person.version()).isZero();
        assertThat(person.name()).isEqualTo("Li Wei");
    }

    @Test
    void a_person_cannot_leave_before_joining() {
        var person = hire(Set.of(), false);

        assertRejected(() -> person.leave(JOINED.minusDays(1), 1), "leftOn", "validation.left-before-joined");
    }

    @Test
    void a_stored_person_who_left_before_joining_is_refused_too() {
        assertRejected(() -> Person.reconstitute(PersonId.random(), "Li Wei", EMAIL, OPERATIONS, Set.of(), false,
                        JOINED, new Employment.Left(JOINED.minusDays(1)), 3),
                "leftOn", "validation.left-before-joined");
    }

    @Test
    void a_person_may_leave_on_the_day_they_joined() {
        var person = hire(Set.of(), false).leave(JOINED, 1);

        assertThat(person.employment()).isEqualTo(new Employment.Left(JOINED));
    }

    @Test
    void moving_the_joining_date_after_the_departure_is_refused() {
        var leaver = hire(Set.of(), false).leave(LocalDate.of(2025, 6, 30), 1);

        assertRejected(() -> leaver.edit("Li Wei", EMAIL, OPERATIONS, Set.of(), false, LocalDate.of(2025, 7, 1), 2),
                "leftOn", "validation.left-before-joined");
    }

    @Test
    void a_person_who_leaves_is_no_longer_active_and_keeps_the_date() {
        var leaver = hire(Set.of(Role.OPS_SPECIALIST), true).leave(LocalDate.of(2026, 3, 31), 4);

        assertThat(leaver.isActive()).isFalse();
        assertThat(leaver.employment()).isEqualTo(new Employment.Left(LocalDate.of(2026, 3, 31)));
        assertThat(leaver.version()).isEqualTo(4);
        assertThat(leaver.roles()).containsExactly(Role.OPS_SPECIALIST);
        assertThat(leaver.coreStaff()).isTrue();
    }

    @Test
    void a_departure_recorded_by_mistake_is_undone_by_rehiring() {
        var original = hire(Set.of(Role.AUDITOR), false);
        var rehired = original.leave(LocalDate.of(2026, 3, 31), 1).rehire(2);

        assertThat(rehired.isActive()).isTrue();
        assertThat(rehired.employment()).isEqualTo(Employment.ACTIVE);
        assertThat(rehired.version()).isEqualTo(2);
        assertThat(rehired.snapshot()).isEqualTo(original.snapshot());
    }

    @Test
    void editing_keeps_the_identity_and_the_employment() {
        var leaver = hire(Set.of(), false).leave(LocalDate.of(2026, 1, 15), 1);

        var edited = leaver.edit("Li Wei (李伟)", new EmailAddress("wei.li@corp.cn"), OPERATIONS,
                Set.of(Role.DEPARTMENT_LEAD), true, JOINED, 2);

        assertThat(edited.id()).isEqualTo(leaver.id());
        assertThat(edited.employment()).isEqualTo(leaver.employment());
        assertThat(edited.name()).isEqualTo("Li Wei (李伟)");
        assertThat(edited.roles()).containsExactly(Role.DEPARTMENT_LEAD);
    }

    @Test
    void a_person_needs_a_name_of_at_most_80_characters() {
        assertRejected(() -> Person.hire(" ", EMAIL, OPERATIONS, Set.of(), false, JOINED), "name",
                "validation.required");
        assertThat(Person.hire("x".repeat(80), EMAIL, OPERATIONS, Set.of(), false, JOINED).name()).hasSize(80);
        var refusal = assertRejected(() -> Person.hire("x".repeat(81), EMAIL, OPERATIONS, Set.of(), false, JOINED),
                "name", "validation.too-long");
        assertThat(refusal.arguments()).containsExactly(Person.MAX_NAME_LENGTH);
    }

    @Test
    void a_person_needs_a_department_and_a_joining_date() {
        assertRejected(() -> Person.hire("Li Wei", EMAIL, null, Set.of(), false, JOINED), "department",
                "validation.required");
        assertRejected(() -> Person.hire("Li Wei", EMAIL, OPERATIONS, Set.of(), false, null), "joinedOn",
                "validation.required");
    }

    @Test
    void the_roles_are_a_copy_that_cannot_be_changed_later() {
        var roles = new HashSet<>(Set.of(Role.OPS_MANAGER));
        var person = Person.hire("Li Wei", EMAIL, OPERATIONS, roles, false, JOINED);

        roles.add(Role.ADMIN);

        assertThat(person.roles()).containsExactly(Role.OPS_MANAGER);
    }

    @Test
    void the_snapshot_shows_exactly_the_fields_an_auditor_reads() {
        var person = hire(Set.of(Role.OPS_SPECIALIST, Role.AUDITOR, Role.ADMIN), true);

        assertThat(person.snapshot()).containsExactly(
                entry("name", "Li Wei"),
                entry("email", "li.wei@corp.cn"),
                entry("department", OPERATIONS.value().toString()),
                entry("roles", "ADMIN,AUDITOR,OPS_SPECIALIST"),
                entry("coreStaff", "true"),
                entry("joinedOn", "2024-03-01"),
                entry("leftOn", ""));
    }

    @Test
    void the_snapshot_of_a_leaver_shows_the_departure_date() {
        var leaver = hire(Set.of(), false).leave(LocalDate.of(2026, 3, 31), 1);

        assertThat(leaver.snapshot())
                .containsEntry("leftOn", "2026-03-31")
                .containsEntry("roles", "")
                .containsEntry("coreStaff", "false");
    }

    @Test
    void the_snapshot_does_not_depend_on_the_version_or_the_id() {
        var person = hire(Set.of(Role.OPS_MANAGER), false);
        var sameFieldsOtherRecord = Person.reconstitute(PersonId.random(), person.name(), person.email(),
                person.departmentId(), person.roles(), person.coreStaff(), person.joinedOn(), person.employment(), 17);

        assertThat(sameFieldsOtherRecord.snapshot()).isEqualTo(person.snapshot());
        assertThat(person.snapshot().values()).doesNotContain(person.id().toString(), "0", "17");
    }

    private static Person hire(Set<Role> roles, boolean coreStaff) {
        return Person.hire(" Li Wei ", EMAIL, OPERATIONS, roles, coreStaff, JOINED);
    }
}
