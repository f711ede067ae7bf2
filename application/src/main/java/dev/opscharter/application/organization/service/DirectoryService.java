package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.organization.Person;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.opscharter.domain.organization.OrganizationPermission.SIGNED_IN;

/** The company directory every signed-in user may read: names only, nothing else about the account. */
public final class DirectoryService implements Directory {

    private final UserAccounts accounts;
    private final People people;
    private final UseCase uc;

    public DirectoryService(UserAccounts accounts, People people, UseCase uc) {
        this.accounts = accounts;
        this.people = people;
        this.uc = uc;
    }

    @Override
    public Map<String, String> displayNames() {
        return uc.read(SIGNED_IN, () -> {
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

    @Override
    public Map<String, String> personNames() {
        return uc.read(SIGNED_IN, () -> people.all().stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.id().toString(), Person::name)));
    }
}
