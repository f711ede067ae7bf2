package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.Person;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The company directory every signed-in user may read: names only, nothing else about the account. */
public final class DirectoryService implements Directory {

    private final UserAccounts accounts;
    private final People people;
    private final Transactions transactions;
    private final CurrentActor actor;

    public DirectoryService(UserAccounts accounts, People people, Transactions transactions, CurrentActor actor) {
        this.accounts = accounts;
        this.people = people;
        this.transactions = transactions;
        this.actor = actor;
    }

    @Override
    public Map<String, String> displayNames() {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> {
            var byId = people.all().stream().collect(Collectors.toMap(Person::id, Function.identity()));
            var names = new HashMap<String, String>();
            accounts.all().forEach(account -> {
                var person = byId.get(account.personId());
                if (person != null) {
                    names.put(account.username().value(), person.name());
                }
            });
            return Map.copyOf(names);
        });
    }
}
