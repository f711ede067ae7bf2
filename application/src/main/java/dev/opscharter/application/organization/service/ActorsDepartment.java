package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;

import java.util.Optional;

/** The department of whoever acts, from their person record: what a lead's views are narrowed to. */
public final class ActorsDepartment {

    private final UserAccounts accounts;
    private final People people;

    public ActorsDepartment(UserAccounts accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    /** The scheduler, nobody, and a user without a person record have none. */
    public Optional<DepartmentId> of(Actor actor) {
        if (!(actor instanceof Actor.User user)) {
            return Optional.empty();
        }
        try {
            return accounts.byUsername(new Username(user.name())).flatMap(a -> people.byId(a.personId()))
                    .map(Person::departmentId);
        } catch (RuntimeException notAUsername) {
            return Optional.empty();
        }
    }
}
