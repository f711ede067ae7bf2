package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.shared.port.out.InboxStore;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcInboxStoreIT extends InboxStoreContract {

    @Autowired
    private InboxStore store;

    @Override
    protected InboxStore store() {
        return store;
    }
}
