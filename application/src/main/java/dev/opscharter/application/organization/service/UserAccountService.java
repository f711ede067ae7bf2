package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.AccountHygiene;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.Password;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

public final class UserAccountService implements ManageUserAccounts, UserAccountQueries, AccountHygiene {

    static final String ENTITY = "UserAccount";

    private final UserAccounts accounts;
    private final People people;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public UserAccountService(UserAccounts accounts, People people, PasswordHasher hasher, Transactions transactions,
                              CurrentActor actor, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.hasher = hasher;
        this.transactions = transactions;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserAccountId open(PersonId personId, String username, String password, Language language) {
        requireAdmin();
        Require.present(personId, "person");
        var name = new Username(username);
        var hash = hasher.hash(new Password(password));
        return transactions.inTransaction(() -> {
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
            var saved = accounts.save(UserAccount.open(name, hash, personId, language));
            audit.created(ENTITY, saved.id(), saved.username().value(), saved.snapshot());
            return saved.id();
        });
    }

    @Override
    public void resetPassword(UserAccountId id, String newPassword, long version) {
        requireAdmin();
        var hash = hasher.hash(new Password(newPassword));
        change(id, AuditAction.PASSWORD_RESET, a -> a.withPasswordHash(hash, version));
    }

    @Override
    public void requirePasswordChange(UserAccountId id) {
        requireAdmin();
        change(id, AuditAction.UPDATE, UserAccount::requirePasswordChange);
    }

    @Override
    public void disable(UserAccountId id, long version) {
        requireAdmin();
        if (accounts.byId(id).map(a -> a.username().value().equals(actor.get().name())).orElse(false)) {
            throw new InvalidValue("account", "validation.account.self-disable");
        }
        change(id, AuditAction.DEACTIVATE, a -> a.disable(version));
    }

    @Override
    public void enable(UserAccountId id, long version) {
        requireAdmin();
        change(id, AuditAction.REACTIVATE, a -> {
            var person = people.byId(a.personId()).orElseThrow(() -> new NotFound(PeopleService.ENTITY, a.personId()));
            if (!person.isActive()) {
                throw new InvalidValue("person", "validation.person.left");
            }
            return a.enable(version);
        });
    }

    @Override
    public void unlock(UserAccountId id, long version) {
        requireAdmin();
        change(id, AuditAction.UPDATE, a -> a.unlock(version));
    }

    @Override
    public List<AccountEntry> all() {
        requireAdmin();
        var now = clock.instant();
        return transactions.readOnly(() -> accounts.all().stream()
                .sorted(Comparator.comparing(a -> a.username().value()))
                .map(a -> AccountEntry.of(a, people.byId(a.personId()).orElseThrow(), now))
                .toList());
    }

    @Override
    public int disableAccountsOfLeavers() {
        AccessDenied.unlessAnyOf(actor.get(), Role.ADMIN);
        return transactions.inTransaction(() -> {
            int disabled = 0;
            for (var account : accounts.all()) {
                boolean left = people.byId(account.personId()).map(p -> !p.isActive()).orElse(true);
                if (account.enabled() && left) {
                    var after = accounts.save(account.disable(account.version()));
                    audit.record(ENTITY, account.id(), account.username().value(), AuditAction.DEACTIVATE,
                            account.snapshot(), after.snapshot());
                    disabled++;
                }
            }
            return disabled;
        });
    }

    private void change(UserAccountId id, AuditAction action, UnaryOperator<UserAccount> edit) {
        transactions.run(() -> {
            var before = accounts.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            var after = edit.apply(before);
            accounts.save(after);
            audit.record(ENTITY, id, after.username().value(), action, before.snapshot(), after.snapshot());
        });
    }

    private void requireAdmin() {
        AccessDenied.unlessAnyOf(actor.get(), Role.ADMIN);
    }
}
