package dev.opscharter.application.charter.service;

import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;

import java.util.Optional;

/** The acting user as the charter sees them: roles from the actor, department from their person record. */
final class Participants {

    private final CurrentActor actor;
    private final UserAccounts accounts;
    private final People people;

    Participants(CurrentActor actor, UserAccounts accounts, People people) {
        this.actor = actor;
        this.accounts = accounts;
        this.people = people;
    }

    Participant current() {
        var me = actor.get();
        var department = me instanceof Actor.Scheduler ? Optional.<Person>empty()
                : accountOf(me.name()).flatMap(a -> people.byId(a.personId()));
        return new Participant(me.name(), me.roles(), department.map(Person::departmentId));
    }

    private Optional<UserAccount> accountOf(String name) {
        try {
            return accounts.byUsername(new Username(name));
        } catch (RuntimeException notAUsername) {
            return Optional.empty();
        }
    }
}
