package dev.opscharter.application.appraisal.fakes;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator source for tests: it answers for the parts it was told it supplies, with the values
 * put in (and nothing for a period it has no value for, like a source without records). Declare the
 * parts before building a service with it: the service asks {@link #parts()} once, when it is made.
 */
public final class FixedIndicatorSource implements IndicatorSource {

    public static final String SOURCE = "fixed";

    private record Key(Part part, Period period) {
    }

    private final Set<Part> parts = EnumSet.noneOf(Part.class);
    private final Map<Key, PartValue> values = new LinkedHashMap<>();
    private final List<Key> asked = new ArrayList<>();

    public FixedIndicatorSource() {
    }

    /** Declares a part as supplied from records, also before any value for it exists. */
    public synchronized FixedIndicatorSource supplies(Part... supplied) {
        parts.addAll(List.of(supplied));
        return this;
    }

    /** Puts in (or replaces) a value; its part becomes one this source supplies. */
    public synchronized FixedIndicatorSource put(PartValue value) {
        parts.add(value.part());
        values.put(new Key(value.part(), value.period()), value);
        return this;
    }

    /** Puts in a value computed "from records" with no evidence. */
    public FixedIndicatorSource put(Part part, Period period, Measurement measurement) {
        return put(new PartValue(part, period, measurement, new Provenance.FromRecords(SOURCE, List.of())));
    }

    public synchronized FixedIndicatorSource remove(Part part, Period period) {
        values.remove(new Key(part, period));
        return this;
    }

    @Override
    public synchronized Set<Part> parts() {
        return Set.copyOf(parts);
    }

    /** The periods this source was asked for the part, in the order asked. */
    public synchronized List<Period> asked(Part part) {
        return asked.stream().filter(k -> k.part() == part).map(Key::period).toList();
    }

    @Override
    public synchronized Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        asked.add(new Key(part, period));
        return parts.contains(part) ? Optional.ofNullable(values.get(new Key(part, period))) : Optional.empty();
    }
}
