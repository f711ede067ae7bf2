package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.ProcessedRequests;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Request keys in a map. The fake has no rollback: a claim left without an answer is a request that
 * failed, and its key may be claimed again, as after the rollback of the real transaction.
 */
public final class InMemoryProcessedRequests implements ProcessedRequests {

    private record Processed(String operation, Optional<String> answer) {
    }

    private final Map<RequestKey, Processed> requests = new HashMap<>();

    @Override
    public synchronized Optional<String> claim(RequestKey key, String operation) {
        var earlier = requests.get(key);
        if (earlier != null && !earlier.operation().equals(operation)) {
            throw new IllegalArgumentException("request " + key + " was for " + earlier.operation());
        }
        if (earlier != null && earlier.answer().isPresent()) {
            return earlier.answer();
        }
        requests.put(key, new Processed(operation, Optional.empty()));
        return Optional.empty();
    }

    @Override
    public synchronized void answer(RequestKey key, String answer) {
        requests.computeIfPresent(key, (k, p) -> new Processed(p.operation(), Optional.of(answer)));
    }
}
