package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.shared.ConcurrentModification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The optimistic-locking behaviour the JDBC adapters have: a new record (version 0) is stored as
 * version 1, an update must carry the stored version and bumps it.
 */
public final class VersionedStore<K, V> {

    public interface Versioning<V> {
        long version(V value);

        V withVersion(V value, long version);
    }

    private final Map<K, V> values = new LinkedHashMap<>();
    private final Function<V, K> key;
    private final Versioning<V> versioning;
    private final String entity;

    public VersionedStore(String entity, Function<V, K> key, Versioning<V> versioning) {
        this.entity = entity;
        this.key = key;
        this.versioning = versioning;
    }

    public synchronized V save(V value) {
        var id = key.apply(value);
        var stored = values.get(id);
        long version = versioning.version(value);
        if (version == 0 ? stored != null : stored == null || versioning.version(stored) != version) {
            throw new ConcurrentModification(entity, id);
        }
        var saved = versioning.withVersion(value, version + 1);
        values.put(id, saved);
        return saved;
    }

    /** Replaces a stored value as it is, without the version check: for bookkeeping that is not an edit. */
    synchronized void replace(V value) {
        var id = key.apply(value);
        if (values.containsKey(id)) {
            values.put(id, versioning.withVersion(value, versioning.version(values.get(id))));
        }
    }

    public synchronized Optional<V> get(K id) {
        return Optional.ofNullable(values.get(id));
    }

    public synchronized List<V> all() {
        return List.copyOf(values.values());
    }

}
