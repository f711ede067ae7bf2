package dev.opscharter.application.shared.port.out;

import java.util.function.Supplier;

/** The transaction boundary of a use case: the change and its audit entry commit together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** For reads that must see one consistent snapshot. */
    <T> T readOnly(Supplier<T> work);
}
