package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.application.shared.AuditAssertions.visibleChanges;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.DEACTIVATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.REACTIVATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleServiceTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 5, 4);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 13);

    private final OrganizationFixture org = new OrganizationFixture();
    private final PeopleService service = org.peopleService();
    private final Department operations = org.department("OPS");
    private final Department finance = org.department("FINANCE");

    static Stream<Actor> everyoneButAdmin() {
        return Actors.allBut(Role.ADMIN);
    }

    static Stream<Actor> readers() {
        return Actors.eachOf(Role.ADMIN, Role.OPS_DIRECTOR, Role.OPS_MANAGER);
    }

    static Stream<Actor> everyoneButReaders() {
        return Actors.allBut(Role.ADMIN, Role.OPS_DIRECTOR, Role.OPS_MANAGER);
    }

    @Test
    void the_same_request_twice_hires_one_person() {
        var request = RequestKey.fresh();
        var draft = new PersonDraft("Li Wei", "li.wei@corp.cn", operations.id(), Set.of(), false, JOINED);
        int before = org.people.all().size();

        var first = service.hire(request, draft);

        assertThat(service.hire(request, draft)).isEqualTo(first);
        assertThat(org.people.all()).hasSize(before + 1);
    }

    @Test
    void an_admin_hires_a_person_and_the_hire_is_audited_once() {
        var id = service.hire(new PersonDraft(" Li Wei ", "Li.Wei@Corp.CN", operations.id(),
                Set.of(Role.OPS_SPECIALIST, Role.AUDITOR), true, JOINED));

        var stored = org.people.byId(id).orElseThrow();
        assertThat(stored.name()).isEqualTo("Li Wei");
        assertThat(stored.email()).isEqualTo(new EmailAddress("li.wei@corp.cn"));
        assertThat(stored.departmentId()).isEqualTo(operations.id());
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.OPS_SPECIALIST, Role.AUDITOR);
        assertThat(stored.coreStaff()).isTrue();
        assertThat(stored.isActive()).isTrue();
        assertThat(stored.version()).isEqualTo(1);

        var entry = org.onlyAuditEntry();
        assertEntry(entry, CREATE, "admin", "Person", id);
        assertThat(entry.entityLabel()).as("the record in words").isEqualTo("Li Wei");
        assertThat(visibleChanges(entry)).containsExactly(
                new FieldChange("name", "", "Li Wei"),
                new FieldChange("email", "", "li.wei@corp.cn"),
                new FieldChange("department", "", operations.id().toString()),
                new FieldChange("roles", "", "AUDITOR,OPS_SPECIALIST"),
                new FieldChange("coreStaff", "", "true"),
                new FieldChange("joinedOn", "", "2026-05-04"));
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmin")
    void only_an_admin_may_hire_edit_or_record_departures(Actor someone) {
        var person = org.person("Li Wei", operations).save();
        var leaver = org.person("Wang Fang", operations).leftOn(LAST_DAY).save();
        org.actAs(someone);
        var before = org.state();

        assertThatThrownBy(() -> service.hire(draft("Zhao Lei", operations.id())))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.update(person.id(), draft("Li Wei (李伟)", operations.id()), person.version()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.recordDeparture(person.id(), LAST_DAY, person.version()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.rehire(leaver.id(), leaver.version())).isInstanceOf(AccessDenied.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_new_person_cannot_join_an_inactive_department() {
        var closed = org.inactiveDepartment("LEGACY");
        var before = org.state();

        assertRejected(() -> service.hire(draft("Li Wei", closed.id())), "department",
                "validation.department.inactive");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_new_person_cannot_join_a_department_that_does_not_exist() {
        var before = org.state();

        assertRejected(() -> service.hire(draft("Li Wei", DepartmentId.random())), "department",
                "validation.required");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void each_invalid_field_of_a_hire_is_named_and_nothing_is_stored() {
        var before = org.state();

        assertRejected(() -> service.hire(new PersonDraft("Li Wei", "li.wei", operations.id(), Set.of(), false,
                JOINED)), "email", "validation.email");
        assertRejected(() -> service.hire(new PersonDraft(" ", "li.wei@corp.cn", operations.id(), Set.of(), false,
                JOINED)), "name", "validation.required");
        assertRejected(() -> service.hire(new PersonDraft("Li Wei", "li.wei@corp.cn", null, Set.of(), false,
                JOINED)), "department", "validation.required");
        assertRejected(() -> service.hire(new PersonDraft("Li Wei", "li.wei@corp.cn", operations.id(), Set.of(),
                false, null)), "joinedOn", "validation.required");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_edit_audits_only_what_changed() {
        var person = org.person("Li Wei", operations).roles(Role.OPS_SPECIALIST).save();

        service.update(person.id(), new PersonDraft("Li Wei", person.email().value(), operations.id(),
                Set.of(Role.OPS_MANAGER), true, person.joinedOn()), person.version());

        var stored = org.stored(person);
        assertThat(stored.roles()).containsExactly(Role.OPS_MANAGER);
        assertThat(stored.coreStaff()).isTrue();
        var entry = org.onlyAuditEntry();
        assertEntry(entry, UPDATE, "admin", "Person", person.id());
        assertThat(entry.changes()).containsExactly(
                new FieldChange("roles", "OPS_SPECIALIST", "OPS_MANAGER"),
                new FieldChange("coreStaff", "false", "true"));
    }

    @Test
    void a_person_can_move_to_another_active_department() {
        var person = org.person("Li Wei", operations).save();

        service.update(person.id(), draft("Li Wei", finance.id()), person.version());

        assertThat(org.stored(person).departmentId()).isEqualTo(finance.id());
        assertThat(org.onlyAuditEntry().changes()).extracting(FieldChange::field).contains("department");
    }

    @Test
    void a_person_cannot_move_to_an_inactive_department() {
        var person = org.person("Li Wei", operations).save();
        var closed = org.inactiveDepartment("LEGACY");
        var before = org.state();

        assertRejected(() -> service.update(person.id(), draft("Li Wei", closed.id()), person.version()),
                "department", "validation.department.inactive");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_person_whose_department_was_deactivated_since_can_still_be_edited() {
        var legacy = org.department("LEGACY");
        var person = org.person("Li Wei", legacy).save();
        org.departments.save(legacy.deactivate(legacy.version()));

        service.update(person.id(), draft("Li Wei (李伟)", legacy.id()), person.version());

        assertThat(org.stored(person).name()).isEqualTo("Li Wei (李伟)");
    }

    @Test
    void an_edit_of_a_stale_copy_is_refused_and_changes_nothing() {
        var person = org.person("Li Wei", operations).save();
        service.update(person.id(), draft("Li Wei (李伟)", operations.id()), person.version());
        var before = org.state();

        assertThatThrownBy(() -> service.update(person.id(), draft("Wei Li", operations.id()), person.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void recording_a_departure_disables_the_persons_account_in_the_same_use_case() {
        var person = org.person("Li Wei", operations).roles(Role.OPS_MANAGER).save();
        var account = org.account(person, "li.wei");

        service.recordDeparture(person.id(), LAST_DAY, person.version());

        assertThat(org.stored(person).employment()).isEqualTo(new Employment.Left(LAST_DAY));
        assertThat(org.stored(account).enabled()).isFalse();
        assertThat(org.auditLog.entries()).satisfiesExactly(
                departure -> {
                    assertEntry(departure, DEACTIVATE, "admin", "Person", person.id());
                    assertThat(departure.changes()).containsExactly(new FieldChange("leftOn", "", "2026-05-13"));
                },
                closing -> {
                    assertEntry(closing, DEACTIVATE, "admin", "UserAccount", account.id());
                    assertThat(closing.changes()).containsExactly(new FieldChange("enabled", "true", "false"));
                });
    }

    @Test
    void a_departure_of_someone_without_an_account_is_audited_once() {
        var person = org.person("Li Wei", operations).save();

        service.recordDeparture(person.id(), LAST_DAY, person.version());

        assertEntry(org.onlyAuditEntry(), DEACTIVATE, "admin", "Person", person.id());
    }

    @Test
    void a_departure_leaves_an_account_that_is_already_disabled_alone() {
        var person = org.person("Li Wei", operations).save();
        var account = org.disabledAccount(person, "li.wei");

        service.recordDeparture(person.id(), LAST_DAY, person.version());

        assertThat(org.stored(account)).isEqualTo(account);
        assertEntry(org.onlyAuditEntry(), DEACTIVATE, "admin", "Person", person.id());
    }

    @Test
    void a_departure_recorded_on_a_stale_copy_changes_neither_the_person_nor_the_account() {
        var person = org.person("Li Wei", operations).save();
        org.account(person, "li.wei");
        service.update(person.id(), draft("Li Wei (李伟)", operations.id()), person.version());
        var before = org.state();

        assertThatThrownBy(() -> service.recordDeparture(person.id(), LAST_DAY, person.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_departure_before_joining_is_refused_and_the_account_stays_enabled() {
        var person = org.person("Li Wei", operations).joinedOn(JOINED).save();
        org.account(person, "li.wei");
        var before = org.state();

        assertRejected(() -> service.recordDeparture(person.id(), JOINED.minusDays(1), person.version()),
                "leftOn", "validation.left-before-joined");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_departure_in_the_future_is_refused_because_the_account_would_close_too_early() {
        var person = org.person("Li Wei", operations).joinedOn(JOINED).save();
        org.account(person, "li.wei");
        var before = org.state();
        // NOW is 10:00 on 14 May in Shanghai: the 14th is today, the 15th is tomorrow
        service.recordDeparture(person.id(), LocalDate.of(2026, 5, 14), person.version());
        var other = org.person("Wang Fang", operations).joinedOn(JOINED).save();
        var afterFirst = org.state();

        assertRejected(() -> service.recordDeparture(other.id(), LocalDate.of(2026, 5, 15), other.version()),
                "leftOn", "validation.left-on.future");

        assertThat(org.state()).isEqualTo(afterFirst).isNotEqualTo(before);
    }

    @Test
    void a_departure_needs_a_date() {
        var person = org.person("Li Wei", operations).save();
        var before = org.state();

        assertRejected(() -> service.recordDeparture(person.id(), null, person.version()), "leftOn",
                "validation.required");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void rehiring_undoes_a_departure_but_leaves_the_account_for_the_admin_to_enable() {
        var person = org.person("Li Wei", operations).save();
        var account = org.account(person, "li.wei");
        service.recordDeparture(person.id(), LAST_DAY, person.version());

        service.rehire(person.id(), org.stored(person).version());

        assertThat(org.stored(person).isActive()).isTrue();
        assertThat(org.stored(account).enabled()).isFalse();
        var rehire = org.auditLog.entries().getLast();
        assertEntry(rehire, REACTIVATE, "admin", "Person", person.id());
        assertThat(rehire.changes()).containsExactly(new FieldChange("leftOn", "2026-05-13", ""));
    }

    @Test
    void an_unknown_person_cannot_be_changed() {
        var unknown = PersonId.random();

        assertThatThrownBy(() -> service.update(unknown, draft("Li Wei", operations.id()), 1))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.recordDeparture(unknown, LAST_DAY, 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.rehire(unknown, 1)).isInstanceOf(NotFound.class);
        assertThat(org.auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("readers")
    void the_people_list_leaves_out_leavers_unless_asked_and_is_ordered_by_name(Actor reader) {
        var zhao = org.person("Zhao Lei", operations).save();
        var li = org.person("Li Wei", finance).save();
        var wang = org.person("Wang Fang", operations).leftOn(LAST_DAY).save();
        org.actAs(reader);

        assertThat(service.list(new PeopleFilter(Optional.empty(), Optional.empty(), false)))
                .extracting(Person::id).containsExactly(li.id(), zhao.id());
        assertThat(service.list(PeopleFilter.EVERYONE))
                .extracting(Person::id).containsExactly(li.id(), wang.id(), zhao.id());
        assertThat(service.get(wang.id())).isEqualTo(wang);
    }

    @Test
    void the_people_list_filters_by_name_or_email_and_by_department() {
        var zhao = org.person("Zhao Lei", operations).save();
        var li = org.person("Li Wei", finance).save();
        org.person("Wang Fang", operations).save();

        assertThat(service.list(new PeopleFilter(Optional.of(" LEI "), Optional.empty(), true)))
                .containsExactly(zhao);
        assertThat(service.list(new PeopleFilter(Optional.of("li.wei@"), Optional.empty(), true)))
                .containsExactly(li);
        assertThat(service.list(new PeopleFilter(Optional.empty(), Optional.of(finance.id()), true)))
                .containsExactly(li);
    }

    @ParameterizedTest
    @MethodSource("everyoneButReaders")
    void other_users_may_not_browse_people(Actor someone) {
        var person = org.person("Li Wei", operations).save();
        org.actAs(someone);

        assertThatThrownBy(() -> service.list(PeopleFilter.EVERYONE)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.get(person.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_unknown_person_is_not_found() {
        assertThatThrownBy(() -> service.get(PersonId.random())).isInstanceOf(NotFound.class);
    }

    /** A draft for the person the fixture stores as "Li Wei" (li.wei@corp.cn, joined long ago, no roles). */
    private static PersonDraft draft(String name, DepartmentId department) {
        return new PersonDraft(name, "li.wei@corp.cn", department, Set.of(), false, OrganizationFixture.LONG_AGO);
    }
}
