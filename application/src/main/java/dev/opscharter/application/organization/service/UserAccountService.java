package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.organization.port.in.AccountHygiene;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.AccountStep;
import dev.opscharter.domain.organization.Password;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Require;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.organization.OrganizationPermission.ADMINISTER;

public final class UserAccountService implements ManageUserAccounts, UserAccountQueries, AccountHygiene {

    static final RecordType<UserAccountId, UserAccount> TYPE = new RecordType<>("UserAccount", UserAccount::id,
            a -> a.username().value(), UserAccount::snapshot, UserAccount::version, UserAccountId::toString,
            text -> new UserAccountId(UUID.fromString(text)));

    private final UserAccounts accounts;
    private final People people;
    private final PasswordHasher hasher;
    private final UseCase uc;

    public UserAccountService(UserAccounts accounts, People people, PasswordHasher hasher, UseCase uc) {
        this.accounts = accounts;
        this.people = people;
        this.hasher = hasher;
        this.uc = uc;
    }

    @Override
    public UserAccountId open(PersonId personId, String username, String password, Language language) {
        uc.require(ADMINISTER); // before the slow hash
        Require.present(personId, "person");
        var name = new Username(username);
        var hash = hasher.hash(new Password(password));
        return uc.write(ADMINISTER, () -> {
            var person = people.byId(personId).orElseThrow(() -> new InvalidValue("person", "validation.required"));
            if (!person.isActive()) {
                throw new InvalidValue("person", "validation.person.left");
            }
            if (accounts.byPerson(personId).isPresent()) {
                throw new InvalidValue("person", "validation.person.has-account");
            }
            if (accounts.byUsername(name).isPresent()) {
                throw new InvalidValue("username", "validation.username.taken", name.value());
            }
            return uc.created(TYPE, accounts.save(UserAccount.open(name, hash, personId, language))).id();
        });
    }

    @Override
    public void resetPassword(UserAccountId id, String newPassword, long version) {
        uc.require(ADMINISTER); // before the slow hash
        var hash = hasher.hash(new Password(newPassword));
        uc.change(ADMINISTER, TYPE, accounts, id, version, AuditAction.PASSWORD_RESET,
                (me, a) -> a.withPasswordHash(hash, version));
    }

    @Override
    public void requirePasswordChange(UserAccountId id) {
        uc.changeLatest(ADMINISTER, TYPE, accounts, id, AuditAction.UPDATE, (me, a) -> a.requirePasswordChange());
    }

    @Override
    public void disable(UserAccountId id, long version) {
        uc.change(ADMINISTER, TYPE, accounts, id, version, AuditAction.DEACTIVATE, (me, a) -> {
            if (a.username().value().equals(me.name())) {
                throw new InvalidValue("account", "validation.account.self-disable");
            }
            return a.disable(version);
        });
    }

    @Override
    public void enable(UserAccountId id, long version) {
        uc.change(ADMINISTER, TYPE, accounts, id, version, AuditAction.REACTIVATE, (me, a) -> {
            var person = people.byId(a.personId()).orElseThrow(() -> new NotFound(PeopleService.TYPE.entity(),
                    a.personId()));
            if (!person.isActive()) {
                throw new InvalidValue("person", "validation.person.left");
            }
            return a.enable(version);
        });
    }

    @Override
    public void unlock(UserAccountId id, long version) {
        uc.change(ADMINISTER, TYPE, accounts, id, version, AuditAction.UPDATE, (me, a) -> a.unlock(version));
    }

    @Override
    public List<AccountEntry> all() {
        return uc.read(ADMINISTER, () -> {
            var now = uc.calendar().now();
            return accounts.all().stream()
                    .sorted(Comparator.comparing(a -> a.username().value()))
                    .map(a -> AccountEntry.of(a, people.byId(a.personId()).orElseThrow(), now))
                    .toList();
        });
    }

    /** Each account of the page with its person: a page holds at most {@link PageRequest#MAX_LIMIT} accounts. */
    @Override
    public List<AccountEntry> page(AccountFilter filter, PageRequest page) {
        return uc.read(ADMINISTER, () -> {
            var now = uc.calendar().now();
            return accounts.page(filter, page).stream()
                    .map(a -> AccountEntry.of(a, people.byId(a.personId()).orElseThrow(), now))
                    .toList();
        });
    }

    @Override
    public long count(AccountFilter filter) {
        return uc.read(ADMINISTER, () -> accounts.count(filter));
    }

    @Override
    public Optional<AccountEntry> entry(UserAccountId id) {
        return uc.read(ADMINISTER, () -> accounts.byId(id)
                .map(a -> AccountEntry.of(a, people.byId(a.personId()).orElseThrow(), uc.calendar().now())));
    }

    @Override
    public WithSteps<AccountEntry, AccountStep> detail(UserAccountId id) {
        var entry = entry(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
        return new WithSteps<>(entry, entry.account().allowedSteps(uc.actor()));
    }

    @Override
    public int disableAccountsOfLeavers() {
        return uc.write(ADMINISTER, () -> {
            int disabled = 0;
            for (var account : accounts.all()) {
                boolean left = people.byId(account.personId()).map(p -> !p.isActive()).orElse(true);
                if (account.enabled() && left) {
                    uc.save(TYPE, accounts, AuditAction.DEACTIVATE, account, account.disable(account.version()));
                    disabled++;
                }
            }
            return disabled;
        });
    }
}
