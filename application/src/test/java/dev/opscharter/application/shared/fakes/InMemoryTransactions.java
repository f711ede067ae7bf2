package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.port.out.Transactions;

import java.util.function.Supplier;

/** Runs the work directly; counts transactions so tests can see a use case opened one. */
public final class InMemoryTransactions implements Transactions {

    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return work.get();
    }

    public int count() {
        return count;
    }
}
