package dev.opscharter.application.complaints.service;

import dev.opscharter.application.complaints.fakes.InMemoryComplaints;
import dev.opscharter.application.complaints.port.in.RecordComplaints.MajorComplaintDraft;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.fakes.InMemoryIncidentTypes;
import dev.opscharter.application.incidents.fakes.InMemoryIncidents;
import dev.opscharter.application.incidents.service.IncidentService;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Complaints on fakes, with the incidents' own service behind the major ones. */
class ComplaintServiceTest {

    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final LocalDate MAY_13 = LocalDate.of(2026, 5, 13);

    private final OrganizationFixture org = new OrganizationFixture();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final IncidentService incidentService = new IncidentService(incidents, new InMemoryIncidentTypes(),
            new RecordingNotifications(), org.processedRequests, org.useCase);
    private final ComplaintService service = new ComplaintService(complaints, incidentService,
            org.processedRequests, org.useCase);

    static Stream<Actor> notRecorders() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.OPS_SPECIALIST);
    }

    private MajorComplaintDraft draft() {
        return new MajorComplaintDraft(MAY_13, "Parcel lost twice", "a key account threatens to leave");
    }

    @Test
    void a_major_complaint_opens_an_incident_of_type_major_complaint_once_per_request() {
        org.actAs("specialist", Role.OPS_SPECIALIST);
        var request = RequestKey.fresh();

        var id = service.recordMajor(request, draft());
        var again = service.recordMajor(request, draft());

        assertThat(again).isEqualTo(id);
        var complaint = complaints.majorComplaints(PageRequest.first(10)).getFirst();
        assertThat(complaint.id()).isEqualTo(id);
        assertThat(complaint.recordedBy()).isEqualTo("specialist");
        var incident = incidents.byId(complaint.incident()).orElseThrow();
        assertThat(incident.typeCode()).isEqualTo(IncidentType.MAJOR_COMPLAINT);
        assertThat(incident.title()).isEqualTo("Parcel lost twice");
        assertThat(incident.reportedBy()).isEqualTo("specialist");
        assertThat(incidents.count(IncidentFilter.ALL)).isEqualTo(1);
        assertThat(org.auditLog.entries()).extracting(e -> e.entityType()).containsExactly("Incident", "MajorComplaint");
    }

    @Test
    void the_rate_is_major_over_all_complaints_of_the_period_and_a_period_without_complaints_has_no_figure() {
        org.actAs("manager", Role.OPS_MANAGER);
        service.enterDay(new ComplaintCount(MAY_13, 600, 1));
        service.enterDay(new ComplaintCount(MAY_13.plusDays(1), 400, 3));
        service.enterDay(new ComplaintCount(MAY_13.plusDays(1), 400, 2));     // corrected

        org.actAs("auditor", Role.AUDITOR);
        var rate = service.rate(Q2);
        assertThat(rate).isEqualTo(new MajorComplaintRate(3, 1000));
        assertThat(rate.fraction()).hasValue(0.003);
        assertThat(service.rate(Q2.previous()).defined()).isFalse();
        assertThat(service.rate(Q2.previous()).fraction()).isEmpty();
        assertThat(service.days(MAY_13, MAY_13.plusDays(2))).hasSize(2);
        var entries = org.auditLog.entries();
        assertEntry(entries.getFirst(), AuditAction.CREATE, "manager", "ComplaintDay", MAY_13);
        assertEntry(entries.getLast(), AuditAction.UPDATE, "manager", "ComplaintDay", MAY_13.plusDays(1));
    }

    @Test
    void an_auditor_reads_the_complaints() {
        org.actAs("manager", Role.OPS_MANAGER);
        service.recordMajor(RequestKey.fresh(), draft());
        org.actAs("auditor", Role.AUDITOR);

        assertThat(service.majorComplaints(PageRequest.first(10))).extracting(MajorComplaint::title)
                .containsExactly("Parcel lost twice");
        assertThat(service.countMajorComplaints()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("notRecorders")
    void nobody_else_records_complaints(Actor other) {
        org.actAs(other);

        assertThatThrownBy(() -> service.enterDay(new ComplaintCount(MAY_13, 1, 0))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.recordMajor(RequestKey.fresh(), draft())).isInstanceOf(AccessDenied.class);
        assertThat(complaints.days(MAY_13, MAY_13.plusDays(1))).isEmpty();
        assertThat(incidents.count(IncidentFilter.ALL)).isZero();
    }
}
