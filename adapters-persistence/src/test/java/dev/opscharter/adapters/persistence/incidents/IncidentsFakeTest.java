package dev.opscharter.adapters.persistence.incidents;

import dev.opscharter.application.incidents.fakes.InMemoryIncidentTypes;
import dev.opscharter.application.incidents.fakes.InMemoryIncidents;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;

class IncidentsFakeTest extends IncidentsContract {

    private final Incidents incidents = new InMemoryIncidents();
    private final IncidentTypes types = new InMemoryIncidentTypes();

    @Override
    protected Incidents incidents() {
        return incidents;
    }

    @Override
    protected IncidentTypes types() {
        return types;
    }
}
