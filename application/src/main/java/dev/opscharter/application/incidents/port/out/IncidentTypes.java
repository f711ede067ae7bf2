package dev.opscharter.application.incidents.port.out;

import dev.opscharter.domain.incidents.IncidentType;

import java.util.List;
import java.util.Optional;

/** The incident types with their step limits; the store starts with {@link IncidentType#defaults()}. */
public interface IncidentTypes {

    /** By code. */
    List<IncidentType> all();

    Optional<IncidentType> byCode(String code);

    /**
     * Keeps {@code changed} in place of {@code seen}, the type as its editor saw it, or as a new type when
     * {@code seen} is empty: {@code ConcurrentModification} when the stored type is no longer {@code seen},
     * {@code InvalidValue} on {@code code} when a new type's code is taken.
     */
    void save(Optional<IncidentType> seen, IncidentType changed);
}
