package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;

import java.time.Instant;
import java.util.List;

public interface UserAccountQueries {

    /** Every account with its person, ordered by username. */
    List<AccountEntry> all();

    record AccountEntry(UserAccount account, Person person, boolean locked) {

        public static AccountEntry of(UserAccount account, Person person, Instant now) {
            return new AccountEntry(account, person, account.isLockedAt(now));
        }
    }
}
