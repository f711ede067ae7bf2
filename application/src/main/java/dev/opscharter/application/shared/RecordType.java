package dev.opscharter.application.shared;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What {@link UseCase} needs to know of an aggregate to audit it and to create it once: its name in
 * the audit trail, its id, its label in words, its fields as an auditor reads them, its version,
 * and how its id is kept as text for a repeated request. One constant per aggregate, in its service.
 */
public record RecordType<ID, A>(String entity, Function<A, ID> id, Function<A, String> label,
                                Function<A, Map<String, String>> snapshot, ToLongFunction<A> version,
                                Function<ID, String> key, Function<String, ID> parse) {

    public ID idOf(A record) {
        return id.apply(record);
    }

    public String labelOf(A record) {
        return label.apply(record);
    }

    public Map<String, String> snapshotOf(A record) {
        return snapshot.apply(record);
    }

    public long versionOf(A record) {
        return version.applyAsLong(record);
    }
}
