package dev.opscharter.application.shared;

import dev.opscharter.application.shared.port.out.ProcessedRequests;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries out a creating use case at most once per {@link RequestKey}: a repeated request answers
 * what the first one created and creates, audits and notifies nothing. Call it inside the use
 * case's transaction, around everything the request changes or sends.
 */
public final class Once {

    private final ProcessedRequests processed;

    public Once(ProcessedRequests processed) {
        this.processed = processed;
    }

    /**
     * @param operation names the use case, e.g. {@code "WorkItem.register"}
     * @param write     the answer as kept text; {@code read} turns it back
     */
    public <T> T create(RequestKey key, String operation, Supplier<T> create, Function<T, String> write,
                        Function<String, T> read) {
        var earlier = processed.claim(key, operation);
        if (earlier.isPresent()) {
            return read.apply(earlier.get());
        }
        var created = create.get();
        processed.answer(key, write.apply(created));
        return created;
    }
}
