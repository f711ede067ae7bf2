package dev.opscharter.application.costs.fakes;

import dev.opscharter.application.shared.ConcurrentModification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Records kept as the JDBC stores keep them: version 0 inserts and is stored as 1, an update carries
 * the stored version and bumps it, and a second record with the same natural key is refused as the
 * unique index refuses it.
 */
final class Stored<K, V> {

    private final Map<K, V> values = new LinkedHashMap<>();
    private final String entity;
    private final Function<V, K> id;
    private final Function<V, Object> naturalKey;
    private final ToLongFunction<V> version;
    private final BiFunction<V, Long, V> withVersion;

    Stored(String entity, Function<V, K> id, Function<V, Object> naturalKey, ToLongFunction<V> version,
           BiFunction<V, Long, V> withVersion) {
        this.entity = entity;
        this.id = id;
        this.naturalKey = naturalKey;
        this.version = version;
        this.withVersion = withVersion;
    }

    synchronized V save(V value) {
        var key = id.apply(value);
        var stored = values.get(key);
        var expected = version.applyAsLong(value);
        var taken = values.values().stream()
                .anyMatch(other -> !id.apply(other).equals(key) && naturalKey.apply(other).equals(naturalKey.apply(value)));
        if (taken || (expected == 0 ? stored != null : stored == null || version.applyAsLong(stored) != expected)) {
            throw new ConcurrentModification(entity, key);
        }
        var saved = withVersion.apply(value, expected + 1);
        values.put(key, saved);
        return saved;
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    synchronized List<V> all() {
        return List.copyOf(values.values());
    }
}
