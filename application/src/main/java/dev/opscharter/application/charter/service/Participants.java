package dev.opscharter.application.charter.service;

import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;

import java.util.Optional;

/** The acting user as the charter sees them: roles from the actor, department from their person record. */
final class Participants {

    private final UseCase uc;
    private final UserAccounts accounts;
    private final People people;

    Participants(UseCase uc, UserAccounts accounts, People people) {
        this.uc = uc;
        this.accounts = accounts;
        this.people = people;
    }

    Participant current() {
        var me = uc.actor();
        return new Participant(me.name(), me.roles(), departmentOf(me));
    }

    /** Only a user has a person record; the scheduler and nobody belong to no department. */
    private Optional<DepartmentId> departmentOf(Actor actor) {
        return switch (actor) {
            case Actor.User user -> accountOf(user.name()).flatMap(a -> people.byId(a.personId()))
                    .map(Person::departmentId);
            case Actor.Scheduler _, Actor.Anonymous _ -> Optional.empty();
        };
    }

    private Optional<UserAccount> accountOf(String name) {
        try {
            return accounts.byUsername(new Username(name));
        } catch (RuntimeException notAUsername) {
            return Optional.empty();
        }
    }
}
