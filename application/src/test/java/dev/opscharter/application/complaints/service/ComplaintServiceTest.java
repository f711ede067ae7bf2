package dev.opscharter.application.complaints.service;

import dev.opscharter.application.complaints.fakes.InMemoryComplaints;
import dev.opscharter.application.complaints.port.in.RecordComplaints.ImportSummary;
import dev.opscharter.application.complaints.port.in.RecordComplaints.MajorComplaintDraft;
import dev.opscharter.application.compliance.fakes.PlainCsvFiles;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.fakes.InMemoryIncidentTypes;
import dev.opscharter.application.incidents.fakes.InMemoryIncidents;
import dev.opscharter.application.incidents.service.IncidentService;
import dev.opscharter.application.compliance.RectificationFixture;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.HandlingCase;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Complaints on fakes, with the incidents' own service behind the major ones. */
class ComplaintServiceTest {

    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final LocalDate MAY_13 = LocalDate.of(2026, 5, 13);
    static final HandlingCase KNOWN_CASE = new HandlingCase("COMPLAINT_HANDLING", "C-1042");

    private final RectificationFixture rectification = new RectificationFixture();
    private final OrganizationFixture org = rectification.org;
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final IncidentService incidentService = new IncidentService(incidents, new InMemoryIncidentTypes(),
            new RecordingNotifications(), rectification.service(), org.accounts, org.processedRequests, org.useCase);
    private final ComplaintService service = new ComplaintService(complaints, incidentService, new PlainCsvFiles(),
            KNOWN_CASE::equals, org.processedRequests, org.useCase);

    @TempDir
    Path dir;

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
    @Test
    void an_import_adds_new_days_corrects_changed_ones_and_leaves_the_same_alone() throws IOException {
        org.actAs("specialist", Role.OPS_SPECIALIST);
        service.enterDay(new ComplaintCount(MAY_13, 10, 0));
        service.enterDay(new ComplaintCount(MAY_13.plusDays(1), 20, 1));
        var file = csv("Major,DAY,total,remark", "1,2026-05-13,12,late parcel", "1,2026-05-14,20,", "",
                "0,2026-05-15,7,");

        assertThat(service.importDays(file, "may.csv")).isEqualTo(new ImportSummary("may.csv", 3, 1, 1, 1));
        assertThat(service.days(MAY_13, MAY_13.plusDays(3))).containsExactly(new ComplaintCount(MAY_13, 12, 1),
                new ComplaintCount(MAY_13.plusDays(1), 20, 1), new ComplaintCount(MAY_13.plusDays(2), 7, 0));
        assertThat(service.importDays(file, "may.csv")).isEqualTo(new ImportSummary("may.csv", 3, 0, 0, 3));
    }

    @Test
    void an_import_with_one_bad_row_stores_nothing_and_names_the_row_and_why() throws IOException {
        org.actAs("manager", Role.OPS_MANAGER);
        assertRefused(csv("day,total", "2026-05-13,1"), 1, "missing-header", "major");
        assertRefused(csv("day,total,major", "2026-05-13,10,0", "13/05/2026,1,0"), 3, "bad-day", "13/05/2026");
        assertRefused(csv("day,total,major", "2026-05-13,-1,0"), 2, "bad-count", "-1");
        assertRefused(csv("day,total,major", "2026-05-13,1.5,0"), 2, "bad-count", "1.5");
        assertRefused(csv("day,total,major", "2026-05-13,1,2"), 2, "major-above-total", "2", "1");
        assertRefused(csv("day,total,major", "2026-05-13,1,=1+1"), 2, "formula", "major", "=1+1");
        assertRefused(csv("day,total,major", "2026-05-13,1,0", "2026-05-14,1,0", "2026-05-13,2,0"), 4, "twice",
                "2026-05-13", 2L);
    }

    @Test
    void an_import_of_more_days_than_decades_hold_is_refused() throws IOException {
        org.actAs("manager", Role.OPS_MANAGER);
        var lines = Stream.concat(Stream.of("day,total,major"), Stream.iterate(LocalDate.of(2000, 1, 1), d -> d.plusDays(1))
                .limit(ComplaintRows.MAX_ROWS + 1).map(d -> d + ",1,0")).toArray(String[]::new);

        assertRefused(csv(lines), ComplaintRows.MAX_ROWS + 2, "too-many-rows", ComplaintRows.MAX_ROWS);
    }

    @ParameterizedTest
    @MethodSource("notRecorders")
    void nobody_else_imports_complaints(Actor other) throws IOException {
        var file = csv("day,total,major", "2026-05-13,1,0");
        org.actAs(other);

        assertThatThrownBy(() -> service.importDays(file, "x.csv")).isInstanceOf(AccessDenied.class);
        assertThat(complaints.days(MAY_13, MAY_13.plusDays(1))).isEmpty();
    }

    private void assertRefused(Path file, long line, String reason, Object... arguments) {
        assertThatThrownBy(() -> service.importDays(file, "x.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(line);
                    assertThat(refused.messageKey()).isEqualTo("complaints.import.refused." + reason);
                    assertThat(refused.arguments()).containsExactly(arguments);
                });
        assertThat(complaints.days(LocalDate.MIN, LocalDate.MAX)).isEmpty();
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "complaints", ".csv"), String.join("\n", lines) + "\n");
    }
    @Test
    void a_major_complaint_names_the_case_it_was_handled_in_when_the_execution_records_hold_it() {
        org.actAs("specialist", Role.OPS_SPECIALIST);
        var unknown = new HandlingCase("COMPLAINT_HANDLING", "C-9999");

        assertThatThrownBy(() -> service.recordMajor(RequestKey.fresh(), new MajorComplaintDraft(MAY_13, "Lost parcel",
                "key account", Optional.of(unknown)))).isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo("handlingCase");
                    assertThat(refused.messageKey()).isEqualTo("validation.complaints.case-unknown");
                });
        assertThat(incidents.count(IncidentFilter.ALL)).as("nothing opened for a refused complaint").isZero();

        service.recordMajor(RequestKey.fresh(), new MajorComplaintDraft(MAY_13, "Lost parcel", "key account",
                Optional.of(KNOWN_CASE)));
        assertThat(complaints.majorComplaints(PageRequest.first(10)).getFirst().handlingCase()).contains(KNOWN_CASE);
    }
}
