package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.fakes.InMemoryInboxStore;
import dev.opscharter.application.shared.port.out.InboxStore;

class InboxStoreFakeTest extends InboxStoreContract {

    private final InboxStore store = new InMemoryInboxStore();

    @Override
    protected InboxStore store() {
        return store;
    }
}
