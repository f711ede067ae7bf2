package dev.opscharter.application.incidents.fakes;

import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The incident types in memory, starting with the defaults; a test may replace one's limits. */
public final class InMemoryIncidentTypes implements IncidentTypes {

    private final Map<String, IncidentType> types = new TreeMap<>();

    public InMemoryIncidentTypes() {
        IncidentType.defaults().forEach(this::put);
    }

    public synchronized void put(IncidentType type) {
        types.put(type.code(), type);
    }

    @Override
    public synchronized List<IncidentType> all() {
        return List.copyOf(types.values());
    }

    @Override
    public synchronized Optional<IncidentType> byCode(String code) {
        return Optional.ofNullable(types.get(code));
    }

    @Override
    public synchronized void save(Optional<IncidentType> seen, IncidentType changed) {
        var stored = Optional.ofNullable(types.get(changed.code()));
        if (seen.isEmpty() && stored.isPresent()) {
            throw new InvalidValue("code", "validation.incidents.type-code-taken", changed.code());
        }
        if (seen.isPresent() && !stored.equals(seen)) {
            throw new ConcurrentModification("IncidentType", changed.code());
        }
        types.put(changed.code(), changed);
    }
}
