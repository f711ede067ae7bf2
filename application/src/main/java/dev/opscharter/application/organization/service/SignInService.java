package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.organization.LockoutPolicy;
import dev.opscharter.domain.organization.Password;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.domain.organization.OrganizationPermission.SIGNED_IN;

public final class SignInService implements SignIn, MyAccount {

    private final UserAccounts accounts;
    private final People people;
    private final Departments departments;
    private final PasswordHasher hasher;
    private final UseCase uc;
    private final LockoutPolicy lockout;

    public SignInService(UserAccounts accounts, People people, Departments departments, PasswordHasher hasher,
                         UseCase uc, LockoutPolicy lockout) {
        this.accounts = accounts;
        this.people = people;
        this.departments = departments;
        this.hasher = hasher;
        this.uc = uc;
        this.lockout = lockout;
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return uc.transactions().readOnly(() -> find(username).map(account -> {
            var person = people.byId(account.personId());
            boolean usable = account.enabled() && person.map(p -> p.isActive()).orElse(false);
            return new Credentials(account.username().value(), account.passwordHash(),
                    person.map(p -> p.roles()).orElse(Set.of()), usable, account.isLockedAt(uc.calendar().now()),
                    account.mustChangePassword());
        }));
    }

    @Override
    public void failed(String username) {
        uc.transactions().run(() -> find(username).ifPresent(account -> {
            var now = uc.calendar().now();
            if (account.isLockedAt(now)) {
                return; // guessing during a lock changes nothing, so an administrator's unlock is not raced
            }
            var after = account.signInFailed(now, lockout);
            accounts.recordSignIns(after);
            if (after.isLockedAt(now)) {
                // a lock-out is a security event an auditor wants to see; plain failures are not audited
                uc.audit(UserAccountService.TYPE, AuditAction.SIGN_IN_LOCKED, account, after);
            }
        }));
    }

    @Override
    public void succeeded(String username) {
        uc.transactions().run(() -> find(username)
                .filter(account -> account.failedSignIns() > 0 || account.lockedUntil().isPresent())
                .ifPresent(account -> accounts.recordSignIns(account.signInSucceeded())));
    }

    @Override
    public Me me() {
        return uc.read(SIGNED_IN, () -> {
            var account = myAccount();
            var person = people.byId(account.personId())
                    .orElseThrow(() -> new NotFound(PeopleService.TYPE.entity(), account.personId()));
            var department = departments.byId(person.departmentId())
                    .orElseThrow(() -> new NotFound(DepartmentService.TYPE.entity(), person.departmentId()));
            return new Me(account, person, department);
        });
    }

    @Override
    public void changeLanguage(Language language) {
        uc.run(SIGNED_IN, () -> {
            var account = myAccount();
            if (account.language() != language) {
                uc.save(UserAccountService.TYPE, accounts, AuditAction.UPDATE, account, account.withLanguage(language));
            }
        });
    }

    @Override
    public void changeMailNotifications(boolean on, long version) {
        uc.run(SIGNED_IN, () -> {
            var account = myAccount();
            if (account.mailNotifications() != on) {
                uc.save(UserAccountService.TYPE, accounts, AuditAction.UPDATE, account,
                        account.withMailNotifications(on, version));
            }
        });
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        var password = new Password(newPassword);
        uc.run(SIGNED_IN, () -> {
            var account = myAccount();
            if (!hasher.matches(currentPassword, account.passwordHash())) {
                throw new InvalidValue("currentPassword", "validation.password.wrong");
            }
            accounts.save(account.withPasswordHash(hasher.hash(password), account.version()));
            uc.audit(UserAccountService.TYPE.entity(), account.id(), account.username().value(),
                    AuditAction.PASSWORD_RESET, Map.of(), Map.of());
        });
    }

    /** Call inside a use case that required {@code SIGNED_IN}. */
    private UserAccount myAccount() {
        var me = uc.actor();
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
