package dev.opscharter.application.shared.port.out;

import dev.opscharter.application.shared.RequestKey;

import java.util.Optional;

/**
 * The creating requests already carried out, by request key, with what each answered. Used inside
 * the use case's transaction, so a request counts as processed exactly when what it created is
 * committed.
 */
public interface ProcessedRequests {

    /**
     * Takes the key for the current transaction. While another transaction holds the same key this
     * waits for it to end: if it committed, its answer is returned and nothing may be created; if
     * it rolled back (or nobody had the key) the key is now this transaction's and the answer is empty.
     *
     * @param operation the use case the key is for; the same key used for another one is refused
     * @throws IllegalArgumentException when the key was used for another operation
     */
    Optional<String> claim(RequestKey key, String operation);

    /** Keeps the answer of the request whose key this transaction {@linkplain #claim claimed}. */
    void answer(RequestKey key, String answer);
}
