package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.application.charter.fakes.InMemoryWorkItems;
import dev.opscharter.application.charter.port.out.WorkItems;

class WorkItemsFakeTest extends WorkItemsContract {

    private final WorkItems workItems = new InMemoryWorkItems();

    @Override
    protected WorkItems workItems() {
        return workItems;
    }
}
