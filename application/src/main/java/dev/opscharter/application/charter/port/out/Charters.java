package dev.opscharter.application.charter.port.out;

import dev.opscharter.domain.charter.Charter;

import java.util.List;

/** Charter versions: added, never changed. */
public interface Charters {

    List<Charter> all();

    /** Stores a new version; a second version with the same number is a {@code ConcurrentModification}. */
    void add(Charter charter);
}
