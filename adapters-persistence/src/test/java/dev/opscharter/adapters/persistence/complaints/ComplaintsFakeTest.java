package dev.opscharter.adapters.persistence.complaints;

import dev.opscharter.application.complaints.fakes.InMemoryComplaints;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.domain.incidents.IncidentId;

class ComplaintsFakeTest extends ComplaintsContract {

    private final Complaints complaints = new InMemoryComplaints();

    @Override
    protected Complaints complaints() {
        return complaints;
    }

    @Override
    protected IncidentId incident() {
        return IncidentId.random();
    }
}
