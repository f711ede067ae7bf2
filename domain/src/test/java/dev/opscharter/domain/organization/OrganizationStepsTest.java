package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.shared.StepAgreement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a department, a person and an account list are exactly the transitions that succeed, for
 * every state; whoever may not administer is offered none (the use case refuses them before any rule).
 */
class OrganizationStepsTest {

    private static final List<Actor> ACTORS = Stream.concat(
            Arrays.stream(Role.values()).map(role -> Actor.user(role.name().toLowerCase(), Set.of(role))),
            Stream.of(Actor.SYSTEM, Actor.ANONYMOUS)).toList();
    private static final LocalDate JOINED = LocalDate.of(2021, 9, 1);

    @Property
    void a_department_step_is_open_exactly_when_its_transition_succeeds(@ForAll("departments") Department d,
                                                                        @ForAll("actors") Actor by,
                                                                        @ForAll DepartmentStep kind) {
        agrees(d.allowedSteps(by), by, kind, () -> {
            switch (kind) {
                case EDIT -> d.edit(new DepartmentCode("RENAMED"), new BilingualName("新部", "New"),
                        DepartmentKind.FUNCTIONAL, d.version());
                case DEACTIVATE -> d.deactivate(d.version());
                case REACTIVATE -> d.reactivate(d.version());
            }
        });
    }

    @Property
    void a_person_step_is_open_exactly_when_its_transition_succeeds(@ForAll("people") Person p,
                                                                    @ForAll("actors") Actor by,
                                                                    @ForAll PersonStep kind) {
        agrees(p.allowedSteps(by), by, kind, () -> {
            switch (kind) {
                case EDIT -> p.edit("Li Wei (李伟)", p.email(), p.departmentId(), Set.of(), true, JOINED, p.version());
                case RECORD_DEPARTURE -> p.leave(JOINED.plusYears(2), p.version());
                case REHIRE -> p.rehire(p.version());
            }
        });
    }

    @Property
    void an_account_step_is_open_exactly_when_its_transition_succeeds(@ForAll("accounts") UserAccount a,
                                                                      @ForAll("actors") Actor by,
                                                                      @ForAll AccountStep kind) {
        agrees(a.allowedSteps(by), by, kind, () -> {
            switch (kind) {
                case RESET_PASSWORD -> a.withPasswordHash("{bcrypt}new", a.version());
                case DISABLE -> a.disable(a.version());
                case ENABLE -> a.enable(a.version());
                case UNLOCK -> a.unlock(a.version());
            }
        });
    }

    /** For the administrator (and the scheduler) the rule decides; anyone else is offered nothing. */
    private static <K extends Enum<K>> void agrees(List<Step<K>> steps, Actor by, K kind, Runnable transition) {
        if (by.may(OrganizationPermission.ADMINISTER)) {
            StepAgreement.assertAgrees(steps, kind, transition);
        } else {
            assertThat(steps).as("steps offered to %s", by.name()).isEmpty();
        }
    }

    @Provide
    Arbitrary<Department> departments() {
        return Arbitraries.of(true, false).map(active -> Department.reconstitute(DepartmentId.random(),
                new DepartmentCode("FINANCE"), new BilingualName("财务部", "Finance"), DepartmentKind.FUNCTIONAL,
                active, 3));
    }

    @Provide
    Arbitrary<Person> people() {
        return Arbitraries.of(Employment.ACTIVE, new Employment.Left(JOINED.plusYears(1))).map(employment ->
                Person.reconstitute(PersonId.random(), "Li Wei", new EmailAddress("li.wei@example.com"),
                        DepartmentId.random(), Set.of(), false, JOINED, employment, 2));
    }

    @Provide
    Arbitrary<UserAccount> accounts() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(0, 3),
                Arbitraries.of(Optional.<Instant>empty(), Optional.of(Instant.parse("2026-05-14T02:15:00Z"))))
                .as((enabled, failures, lock) -> UserAccount.reconstitute(UserAccountId.random(),
                        new Username("li.wei"), "{bcrypt}old", PersonId.random(), Language.EN, enabled, failures,
                        lock, 4));
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Arbitraries.of(ACTORS);
    }
}
