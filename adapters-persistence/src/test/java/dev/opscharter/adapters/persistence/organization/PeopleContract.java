package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link People} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class PeopleContract {

    protected abstract People people();

    /** A department people can be placed in (the database checks that it exists). */
    protected abstract DepartmentId aDepartment();

    /** Another department than {@link #aDepartment()}. */
    protected abstract DepartmentId anotherDepartment();

    private Person newPerson(Set<Role> roles) {
        var token = Unique.token().toLowerCase(Locale.ROOT);
        return Person.hire("Person " + token, new EmailAddress(token + "@example.com"), aDepartment(), roles, false,
                LocalDate.of(2023, 3, 1));
    }

    @Test
    void a_page_of_many_people_is_found_sorted_and_cut_by_the_store() {
        var token = Unique.token().toLowerCase(Locale.ROOT);
        for (int i = 0; i < 550; i++) {
            var department = i % 5 == 0 ? anotherDepartment() : aDepartment();
            var employment = i % 10 == 0 ? (Employment) new Employment.Left(LocalDate.of(2025, 6, 30))
                    : Employment.ACTIVE;
            var name = "Pager %s %03d".formatted(token.toUpperCase(Locale.ROOT), i);
            people().save(Person.reconstitute(PersonId.random(), name,
                    new EmailAddress("p%03d.%s@example.com".formatted(i, token)), department,
                    i == 7 ? Set.of(Role.AUDITOR, Role.ADMIN) : Set.of(), false,
                    LocalDate.of(2023, 1, 1).plusDays(i), employment, 0));
        }
        var everyone = new PeopleFilter(Optional.of(token), Optional.empty(), true);

        assertThat(people().count(everyone)).isEqualTo(550);
        var first = people().page(everyone, new PageRequest(0, 10_000));
        assertThat(first).hasSize(PageRequest.MAX_LIMIT);
        assertThat(first.getFirst().name()).endsWith(" 000");
        assertThat(people().page(everyone, new PageRequest(7, 1))).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.ADMIN));
        assertThat(people().page(everyone, new PageRequest(545, 100))).hasSize(5);
        var latestJoined = new PageRequest(0, 1, List.of(new PageRequest.Order("joinedOn", true)));
        assertThat(people().page(everyone, latestJoined)).singleElement()
                .satisfies(p -> assertThat(p.name()).endsWith(" 549"));
        // the e-mail is found as well as the name, any case in the name
        assertThat(people().count(new PeopleFilter(Optional.of("p123." + token), Optional.empty(), true))).isOne();
        assertThat(people().count(new PeopleFilter(Optional.of(token), Optional.empty(), false))).isEqualTo(495);
        assertThat(people().count(new PeopleFilter(Optional.of(token), Optional.of(anotherDepartment()), true)))
                .isEqualTo(110);
        // any of several departments, as the invite dialog asks for a campaign's invited ones
        var both = new PeopleFilter(Optional.of(token), Set.of(aDepartment(), anotherDepartment()), false);
        assertThat(people().count(both)).isEqualTo(495);
        assertThat(people().page(both, new PageRequest(0, 20))).hasSize(20)
                .allSatisfy(p -> assertThat(p.isActive()).isTrue());
        assertThat(people().count(new PeopleFilter(Optional.of(token), Set.of(DepartmentId.random()), true))).isZero();
    }

    @Test
    void holders_of_roles_are_the_employed_people_with_any_of_them() {
        var lead = people().save(newPerson(Set.of(Role.DEPARTMENT_LEAD)));
        var director = people().save(newPerson(Set.of(Role.OPS_DIRECTOR, Role.AUDITOR)));
        var specialist = people().save(newPerson(Set.of(Role.OPS_SPECIALIST)));
        var nobody = people().save(newPerson(Set.of()));
        var hired = people().save(newPerson(Set.of(Role.DEPARTMENT_LEAD)));
        var leftLead = people().save(hired.leave(LocalDate.of(2025, 6, 30), hired.version()));

        var found = people().holdingAnyOf(Set.of(Role.DEPARTMENT_LEAD, Role.OPS_DIRECTOR)).stream()
                .map(Person::id).toList();

        assertThat(found).contains(lead.id(), director.id())
                .doesNotContain(specialist.id(), nobody.id(), leftLead.id());
        assertThat(people().holdingAnyOf(Set.of(Role.OPS_SPECIALIST)).stream().map(Person::id))
                .contains(specialist.id()).doesNotContain(lead.id(), director.id());
        assertThat(people().holdingAnyOf(Set.of())).isEmpty();
    }

    @Test
    void a_new_person_is_stored_as_version_1_with_every_field() {
        var person = Person.reconstitute(PersonId.random(), "王小明", new EmailAddress("Wang.Xiaoming@Example.COM"),
                aDepartment(), Set.of(Role.OPS_MANAGER, Role.AUDITOR, Role.ADMIN), true, LocalDate.of(2021, 9, 1),
                new Employment.Left(LocalDate.of(2025, 6, 30)), 0);

        var saved = people().save(person);

        var expected = Person.reconstitute(person.id(), "王小明", new EmailAddress("wang.xiaoming@example.com"),
                person.departmentId(), Set.of(Role.OPS_MANAGER, Role.AUDITOR, Role.ADMIN), true,
                LocalDate.of(2021, 9, 1), new Employment.Left(LocalDate.of(2025, 6, 30)), 1);
        assertThat(saved).isEqualTo(expected);
        assertThat(people().byId(person.id())).contains(expected);
    }

    @Test
    void a_person_without_roles_who_still_works_here_round_trips() {
        var person = newPerson(Set.of());

        var saved = people().save(person);

        var found = people().byId(person.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.roles()).isEmpty();
        assertThat(found.employment()).isEqualTo(Employment.ACTIVE);
        assertThat(found.coreStaff()).isFalse();
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(people().byId(PersonId.random())).isEmpty();
    }

    @Test
    void all_lists_every_stored_person() {
        var first = people().save(newPerson(Set.of(Role.OPS_SPECIALIST)));
        var second = people().save(newPerson(Set.of()));

        assertThat(people().all()).contains(first, second);
    }

    @Test
    void an_update_replaces_roles_and_department_and_bumps_the_version() {
        var saved = people().save(newPerson(Set.of(Role.OPS_SPECIALIST, Role.AUDITOR)));

        var edited = people().save(saved.edit("李四", new EmailAddress("li.si@example.com"), anotherDepartment(),
                Set.of(Role.OPS_DIRECTOR, Role.AUDITOR), true, LocalDate.of(2022, 1, 10), saved.version()));

        assertThat(edited.version()).isEqualTo(2);
        var found = people().byId(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(edited);
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.OPS_DIRECTOR, Role.AUDITOR);
        assertThat(found.departmentId()).isEqualTo(anotherDepartment());
        assertThat(found.name()).isEqualTo("李四");
        assertThat(found.joinedOn()).isEqualTo(LocalDate.of(2022, 1, 10));
    }

    @Test
    void a_departure_is_stored_and_a_rehire_clears_it() {
        var saved = people().save(newPerson(Set.of(Role.DEPARTMENT_LEAD)));

        var left = people().save(saved.leave(LocalDate.of(2025, 12, 31), saved.version()));
        assertThat(people().byId(saved.id()).orElseThrow().employment())
                .isEqualTo(new Employment.Left(LocalDate.of(2025, 12, 31)));

        var rehired = people().save(left.rehire(left.version()));
        assertThat(people().byId(saved.id())).contains(rehired);
        assertThat(rehired.isActive()).isTrue();
        assertThat(rehired.version()).isEqualTo(3);
    }

    @Test
    void stale_update_is_refused_and_changes_nothing() {
        var saved = people().save(newPerson(Set.of(Role.OPS_MANAGER, Role.AUDITOR)));
        var current = people().save(saved.leave(LocalDate.of(2025, 1, 31), saved.version()));

        var stale = saved.edit("Stale", saved.email(), anotherDepartment(), Set.of(Role.ADMIN), true,
                saved.joinedOn(), saved.version());

        assertThatThrownBy(() -> people().save(stale)).isInstanceOf(ConcurrentModification.class);
        var found = people().byId(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(current);
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.OPS_MANAGER, Role.AUDITOR);
    }

    @Test
    void saving_the_same_new_person_twice_is_refused() {
        var person = newPerson(Set.of(Role.AUDITOR));
        var saved = people().save(person);

        assertThatThrownBy(() -> people().save(person)).isInstanceOf(ConcurrentModification.class);
        assertThat(people().byId(person.id())).contains(saved);
    }
}
