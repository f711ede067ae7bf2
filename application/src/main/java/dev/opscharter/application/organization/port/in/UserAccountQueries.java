package dev.opscharter.application.organization.port.in;

import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.AccountStep;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface UserAccountQueries {

    /** Every account with its person, ordered by username: for choosers; a list of accounts pages with {@link #page}. */
    List<AccountEntry> all();

    /** A page of the accounts the filter finds, sorted in the database by the page's key ({@code username}), then by username. */
    List<AccountEntry> page(AccountFilter filter, PageRequest page);

    long count(AccountFilter filter);

    /** One account with its person, as stored now. */
    Optional<AccountEntry> entry(UserAccountId id);

    /** One account with its person as stored now, with what the administrator may do next to it. */
    WithSteps<AccountEntry, AccountStep> detail(UserAccountId id);

    record AccountEntry(UserAccount account, Person person, boolean locked) {

        public static AccountEntry of(UserAccount account, Person person, Instant now) {
            return new AccountEntry(account, person, account.isLockedAt(now));
        }
    }
}
