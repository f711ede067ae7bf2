package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.fakes.InMemoryTransactions;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;

class ProcessedRequestsFakeTest extends ProcessedRequestsContract {

    private final ProcessedRequests requests = new InMemoryProcessedRequests();
    private final Transactions transactions = new InMemoryTransactions();

    @Override
    protected ProcessedRequests requests() {
        return requests;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
