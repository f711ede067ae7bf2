package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.fakes.InMemorySettingsStore;
import dev.opscharter.application.organization.port.out.SettingsStore;

class SettingsStoreFakeTest extends SettingsStoreContract {

    private final SettingsStore store = new InMemorySettingsStore();

    @Override
    protected SettingsStore store() {
        return store;
    }
}
