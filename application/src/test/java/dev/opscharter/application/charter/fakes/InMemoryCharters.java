package dev.opscharter.application.charter.fakes;

import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.charter.Charter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Charter versions kept in memory: added, never changed; a number is taken once. */
public final class InMemoryCharters implements Charters {

    private final List<Charter> versions = new ArrayList<>();

    public InMemoryCharters() {
    }

    @Override
    public synchronized List<Charter> all() {
        return versions.stream().sorted(Comparator.comparingInt(Charter::number)).toList();
    }

    @Override
    public synchronized void add(Charter charter) {
        if (versions.stream().anyMatch(v -> v.number() == charter.number() || v.id().equals(charter.id()))) {
            throw new ConcurrentModification("Charter", charter.number());
        }
        versions.add(charter);
    }
}
