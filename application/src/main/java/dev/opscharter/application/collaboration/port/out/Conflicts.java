package dev.opscharter.application.collaboration.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;

import java.util.List;

/** The conflict register: each conflict with its resolution and follow-ups. */
public interface Conflicts extends RecordStore<ConflictId, Conflict> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    Conflict save(Conflict conflict);

    /** Newest first. */
    List<Conflict> page(PageRequest page);

    long count();

    /** The conflicts not resolved yet, oldest first: few at any time, what the home page lists. */
    List<Conflict> unresolved();
}
