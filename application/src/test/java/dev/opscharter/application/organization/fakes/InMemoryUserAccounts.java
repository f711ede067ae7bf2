package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryUserAccounts implements UserAccounts {

    private final VersionedStore<UserAccountId, UserAccount> store = new VersionedStore<>("UserAccount",
            UserAccount::id, new VersionedStore.Versioning<>() {
                public long version(UserAccount a) {
                    return a.version();
                }

                public UserAccount withVersion(UserAccount a, long v) {
                    return UserAccount.reconstitute(a.id(), a.username(), a.passwordHash(), a.personId(),
                            a.language(), a.enabled(), a.failedSignIns(), a.lockedUntil(), a.mustChangePassword(),
                            a.mailNotifications(), v);
                }
            });

    @Override
    public List<UserAccount> all() {
        return store.all();
    }

    private static final Map<String, Comparator<UserAccount>> SORT_KEYS = Map.of(
            "username", Comparator.comparing(a -> a.username().value()));

    @Override
    public List<UserAccount> page(AccountFilter filter, PageRequest page) {
        return InMemoryPage.of(store.all().stream().filter(filter::matches), page, SORT_KEYS,
                Comparator.comparing(a -> a.username().value()));
    }

    @Override
    public long count(AccountFilter filter) {
        return store.all().stream().filter(filter::matches).count();
    }

    @Override
    public Optional<UserAccount> byId(UserAccountId id) {
        return store.get(id);
    }

    @Override
    public Optional<UserAccount> byUsername(Username username) {
        return store.all().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<UserAccount> byPerson(PersonId person) {
        return store.all().stream().filter(a -> a.personId().equals(person)).findFirst();
    }

    @Override
    public UserAccount save(UserAccount account) {
        return store.save(account);
    }

    @Override
    public void recordSignIns(UserAccount account) {
        store.get(account.id()).ifPresent(stored -> store.replace(UserAccount.reconstitute(stored.id(),
                stored.username(), stored.passwordHash(), stored.personId(), stored.language(), stored.enabled(),
                account.failedSignIns(), account.lockedUntil(), stored.mustChangePassword(), stored.mailNotifications(),
                stored.version())));
    }
}
