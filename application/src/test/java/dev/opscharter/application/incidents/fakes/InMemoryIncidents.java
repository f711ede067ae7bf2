package dev.opscharter.application.incidents.fakes;

import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents in memory, with the optimistic locking of the JDBC adapter. */
public final class InMemoryIncidents implements Incidents {

    private static final Comparator<Incident> NEWEST_FIRST = Comparator
            .comparing(Incident::reportedAt, Comparator.reverseOrder()).thenComparing(i -> i.id().toString());
    private static final Map<String, Comparator<Incident>> KEYS = Map.of(
            BY_REPORTED, Comparator.comparing(Incident::reportedAt),
            BY_TITLE, Comparator.comparing(Incident::title));

    private final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();

    @Override
    public synchronized Incident save(Incident incident) {
        var stored = incidents.get(incident.id());
        long version = incident.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("Incident", incident.id());
        }
        var saved = incident.withVersion(version + 1);
        incidents.put(incident.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<Incident> byId(IncidentId id) {
        return Optional.ofNullable(incidents.get(id));
    }

    @Override
    public synchronized List<Incident> page(IncidentFilter filter, PageRequest page) {
        return InMemoryPage.of(incidents.values().stream().filter(filter::matches), page, KEYS, NEWEST_FIRST);
    }

    @Override
    public synchronized long count(IncidentFilter filter) {
        return incidents.values().stream().filter(filter::matches).count();
    }

    @Override
    public synchronized List<Incident> reportedBetween(Instant from, Instant until) {
        return incidents.values().stream()
                .filter(i -> !i.reportedAt().isBefore(from) && i.reportedAt().isBefore(until)).toList();
    }

    @Override
    public synchronized List<Incident> open() {
        return incidents.values().stream().filter(i -> !i.finished()).toList();
    }
}
