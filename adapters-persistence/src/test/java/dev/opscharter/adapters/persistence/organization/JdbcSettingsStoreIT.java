package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.organization.port.out.SettingsStore;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcSettingsStoreIT extends SettingsStoreContract {

    @Autowired
    private SettingsStore store;

    @Override
    protected SettingsStore store() {
        return store;
    }
}
