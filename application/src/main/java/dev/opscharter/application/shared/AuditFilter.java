package dev.opscharter.application.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * All parts optional; text parts match case-insensitively anywhere in the field; the entity id
 * part also finds the record by its label (a name or a code). The exact parts choose rather than
 * search: {@code actors} the user names that acted (a person's accounts, or the scheduler),
 * {@code entityTypes} the record types of a context, {@code record} one record by its id.
 * An empty set means "any".
 */
public record AuditFilter(Optional<String> actor, Optional<String> entityType, Optional<String> entityId,
                          Optional<Instant> from, Optional<Instant> to, Set<String> actors,
                          Set<String> entityTypes, Optional<String> record) {

    /**
     * The one key the trail sorts by: when the change happened (descending: newest first, which is
     * also the order when a page names no key the trail knows).
     */
    public static final String BY_TIME = "time";

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public AuditFilter {
        actors = Set.copyOf(actors);
        entityTypes = Set.copyOf(entityTypes);
    }

    /** The text filter of before the exact parts existed. */
    public AuditFilter(Optional<String> actor, Optional<String> entityType, Optional<String> entityId,
                       Optional<Instant> from, Optional<Instant> to) {
        this(actor, entityType, entityId, from, to, Set.of(), Set.of(), Optional.empty());
    }

    /** Only what these user names did (exactly these names); none: anyone. */
    public AuditFilter byActors(Set<String> names) {
        return new AuditFilter(actor, entityType, entityId, from, to, names, entityTypes, record);
    }

    /** Only records of these types (exactly these); none: any type. */
    public AuditFilter ofTypes(Set<String> types) {
        return new AuditFilter(actor, entityType, entityId, from, to, actors, types, record);
    }

    /** Only the entries of the record with exactly this id. */
    public AuditFilter ofRecord(String id) {
        return new AuditFilter(actor, entityType, entityId, from, to, actors, entityTypes, Optional.of(id));
    }
}
