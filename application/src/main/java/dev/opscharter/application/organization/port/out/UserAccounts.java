package dev.opscharter.application.organization.port.out;

import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;

import java.util.List;
import java.util.Optional;

public interface UserAccounts extends RecordStore<UserAccountId, UserAccount> {

    List<UserAccount> all();

    /** A page of the accounts the filter finds, sorted by the page's key ({@code username}), then by username. */
    List<UserAccount> page(AccountFilter filter, PageRequest page);

    long count(AccountFilter filter);

    Optional<UserAccount> byId(UserAccountId id);

    Optional<UserAccount> byUsername(Username username);

    Optional<UserAccount> byPerson(PersonId person);

    /** Same contract as {@link Departments#save}. */
    UserAccount save(UserAccount account);

    /**
     * Stores only the sign-in bookkeeping of an existing account (failed sign-ins, lock). It is not
     * an edit: the version stays, so a mistyped password never makes an administrator's pending
     * change of the same account look concurrent.
     */
    void recordSignIns(UserAccount account);
}
