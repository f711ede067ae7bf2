package dev.opscharter.application.incidents.port.out;

import dev.opscharter.domain.incidents.IncidentType;

import java.util.List;
import java.util.Optional;

/** The incident types with their step limits; the store starts with {@link IncidentType#defaults()}. */
public interface IncidentTypes {

    /** By code. */
    List<IncidentType> all();

    Optional<IncidentType> byCode(String code);
}
