package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.port.out.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The use cases' transaction boundary on Spring's transaction manager. A call inside another joins
 * it. Read-only work runs in a {@code REPEATABLE READ} read-only transaction: PostgreSQL then gives
 * every statement of the work the same snapshot (under the default {@code READ COMMITTED} each
 * statement would see the latest commits), and refuses writes.
 */
@Component
class SpringTransactions implements Transactions {

    private final TransactionTemplate readWrite;
    private final TransactionTemplate readOnly;

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.readWrite = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return readWrite.execute(status -> work.get());
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }
}
