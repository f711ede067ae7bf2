package dev.opscharter.application.incidents.port.in;

import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentAction;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepTiming;
import dev.opscharter.domain.incidents.Timeliness;
import dev.opscharter.domain.shared.Period;

import java.util.List;
import java.util.Optional;

/** What everyone who reads the incidents ({@code IncidentsPermission.READ}, auditors included) may ask. */
public interface IncidentQueries {

    List<IncidentType> types();

    /** Newest report first. */
    List<Incident> incidents(IncidentFilter filter, PageRequest page);

    long count(IncidentFilter filter);

    /** One incident with the steps the asker may take and every step's timing as it stands now. */
    Optional<IncidentDetails> incident(IncidentId id);

    /**
     * Every step's timing of an incident read already (a row of a list), as it stands now: the list's page is read
     * once, not each of its incidents again.
     */
    List<StepTiming> timings(Incident incident);

    /** How many open incidents have a step past its limit now: what the dashboard points handlers to. */
    int countOverdue();

    /** The timeliness of the incidents reported in the period, as they stand now. */
    Timeliness timeliness(Period period);

    record IncidentDetails(WithSteps<Incident, IncidentAction> incident, IncidentType type, List<StepTiming> timings) {
        public IncidentDetails {
            timings = List.copyOf(timings);
        }
    }
}
