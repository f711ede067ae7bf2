package dev.opscharter.application.incidents.port.out;

import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;

import java.time.Instant;
import java.util.List;

/** Where the incidents are kept. */
public interface Incidents extends RecordStore<IncidentId, Incident> {

    /**
     * Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. Returns it
     * one version on.
     */
    @Override
    Incident save(Incident incident);

    /** Newest report first, ties by id; sort keys {@link #BY_REPORTED}, {@link #BY_TITLE}. */
    List<Incident> page(IncidentFilter filter, PageRequest page);

    long count(IncidentFilter filter);

    /** The incidents reported in [from, until). */
    List<Incident> reportedBetween(Instant from, Instant until);

    /** The incidents with a step left to do. */
    List<Incident> open();

    String BY_REPORTED = "reported";
    String BY_TITLE = "title";
}
