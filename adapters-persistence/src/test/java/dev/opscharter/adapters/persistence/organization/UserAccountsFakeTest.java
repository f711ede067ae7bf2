package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.fakes.InMemoryUserAccounts;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.domain.organization.PersonId;

class UserAccountsFakeTest extends UserAccountsContract {

    private final UserAccounts accounts = new InMemoryUserAccounts();

    @Override
    protected UserAccounts accounts() {
        return accounts;
    }

    @Override
    protected PersonId aPerson() {
        return PersonId.random();
    }
}
