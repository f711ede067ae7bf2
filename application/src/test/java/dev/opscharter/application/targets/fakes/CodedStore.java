package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the JDBC adapters of units and metrics enforce: the optimistic locking of {@link VersionedStore},
 * and a code another record holds refused with {@code codeTaken}, as a unique constraint refuses it.
 */
final class CodedStore<K, V> {

    private final VersionedStore<K, V> store;
    private final Function<V, K> id;
    private final Function<V, String> code;
    private final String codeTaken;

    CodedStore(String entity, String codeTaken, Function<V, K> id, Function<V, String> code,
               VersionedStore.Versioning<V> versioning) {
        this.store = new VersionedStore<>(entity, id, versioning);
        this.id = id;
        this.code = code;
        this.codeTaken = codeTaken;
    }

    synchronized V save(V value) {
        var taken = code.apply(value);
        if (store.all().stream().anyMatch(v -> code.apply(v).equals(taken) && !id.apply(v).equals(id.apply(value)))) {
            throw new InvalidValue("code", codeTaken, taken);
        }
        return store.save(value);
    }

    Optional<V> byId(K key) {
        return store.get(key);
    }

    Optional<V> byCode(String wanted) {
        return store.all().stream().filter(v -> code.apply(v).equals(wanted)).findFirst();
    }

    List<V> all() {
        return store.all();
    }
}
