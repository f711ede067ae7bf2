package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The values known for a set of periods, looked up by part and period. */
public final class PartValues {

    private final Map<Key, PartValue> values = new HashMap<>();

    private record Key(Part part, Period period) {
    }

    public PartValues(Collection<PartValue> known) {
        known.forEach(v -> values.put(new Key(v.part(), v.period()), v));
    }

    public Optional<PartValue> of(Part part, Period period) {
        return Optional.ofNullable(values.get(new Key(part, period)));
    }
}
