package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.LockoutPolicy;
import dev.opscharter.domain.organization.Password;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class SignInService implements SignIn, MyAccount {

    private final UserAccounts accounts;
    private final People people;
    private final Departments departments;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;
    private final LockoutPolicy lockout;

    public SignInService(UserAccounts accounts, People people, Departments departments, PasswordHasher hasher,
                         Transactions transactions, CurrentActor actor, Audit audit, Clock clock,
                         LockoutPolicy lockout) {
        this.accounts = accounts;
        this.people = people;
        this.departments = departments;
        this.hasher = hasher;
        this.transactions = transactions;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
        this.lockout = lockout;
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return transactions.readOnly(() -> find(username).map(account -> {
            var person = people.byId(account.personId());
            boolean usable = account.enabled() && person.map(p -> p.isActive()).orElse(false);
            return new Credentials(account.username().value(), account.passwordHash(),
                    person.map(p -> p.roles()).orElse(Set.of()), usable, account.isLockedAt(clock.instant()),
                    account.mustChangePassword());
        }));
    }

    @Override
    public void failed(String username) {
        transactions.run(() -> find(username).ifPresent(account -> {
            var now = clock.instant();
            if (account.isLockedAt(now)) {
                return; // guessing during a lock changes nothing, so an administrator's unlock is not raced
            }
            var after = account.signInFailed(now, lockout);
            accounts.recordSignIns(after);
            if (after.isLockedAt(now)) {
                // a lock-out is a security event an auditor wants to see; plain failures are not audited
                audit.record(UserAccountService.ENTITY, account.id(), account.username().value(),
                        AuditAction.SIGN_IN_LOCKED, account.snapshot(),
                        after.snapshot());
            }
        }));
    }

    @Override
    public void succeeded(String username) {
        transactions.run(() -> find(username)
                .filter(account -> account.failedSignIns() > 0 || account.lockedUntil().isPresent())
                .ifPresent(account -> accounts.recordSignIns(account.signInSucceeded())));
    }

    @Override
    public Me me() {
        var account = myAccount();
        var person = people.byId(account.personId()).orElseThrow(() -> new NotFound("Person", account.personId()));
        var department = departments.byId(person.departmentId())
                .orElseThrow(() -> new NotFound("Department", person.departmentId()));
        return new Me(account, person, department);
    }

    @Override
    public void changeLanguage(Language language) {
        transactions.run(() -> {
            var account = myAccount();
            if (account.language() != language) {
                var after = accounts.save(account.withLanguage(language));
                audit.record(UserAccountService.ENTITY, account.id(), account.username().value(),
                        AuditAction.UPDATE, account.snapshot(),
                        after.snapshot());
            }
        });
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        var password = new Password(newPassword);
        transactions.run(() -> {
            var account = myAccount();
            if (!hasher.matches(currentPassword, account.passwordHash())) {
                throw new InvalidValue("currentPassword", "validation.password.wrong");
            }
            accounts.save(account.withPasswordHash(hasher.hash(password), account.version()));
            audit.record(UserAccountService.ENTITY, account.id(), account.username().value(),
                    AuditAction.PASSWORD_RESET, Map.of(), Map.of());
        });
    }

    private UserAccount myAccount() {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        return find(me.name()).orElseThrow(() -> new AccessDenied("no account for " + me.name()));
    }

    private Optional<UserAccount> find(String username) {
        try {
            return accounts.byUsername(new Username(username));
        } catch (InvalidValue notAUsername) {
            return Optional.empty();
        }
    }

}
