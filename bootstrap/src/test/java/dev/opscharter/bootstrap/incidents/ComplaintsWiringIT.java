package dev.opscharter.bootstrap.incidents;

import dev.opscharter.application.complaints.port.in.ComplaintQueries;
import dev.opscharter.application.complaints.port.in.RecordComplaints;
import dev.opscharter.application.complaints.port.in.RecordComplaints.MajorComplaintDraft;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints' use cases on their PostgreSQL store, with the incidents': a major complaint opens an incident of
 * type "major complaint" in the same transaction, once per request. The database is shared: the day is in a quarter of
 * this test's own, long ago, and the title is unique to the run.
 */
@OpsCharterSpringTest
class ComplaintsWiringIT {

    @Autowired
    RecordComplaints complaints;
    @Autowired
    ComplaintQueries complaintQueries;
    @Autowired
    IncidentQueries incidents;
    @Autowired
    UserDetailsService users;

    private final String title = "延迟发货投诉 " + UUID.randomUUID().toString().substring(0, 8);
    /** A day in a quarter of its own: the rate's test takes one long ago, the correction's one far ahead. */
    private static LocalDate dayIn(int fromYear) {
        return LocalDate.of(fromYear + ThreadLocalRandom.current().nextInt(40),
                1 + ThreadLocalRandom.current().nextInt(12), 15);
    }

    @BeforeEach
    void signInAsTheManager() {
        new SignedIn(users).switchTo("manager");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_major_complaint_opens_a_major_complaint_incident_once_per_request() {
        var day = dayIn(1990);
        complaints.enterDay(new ComplaintCount(day, 400, 1));
        var request = new RequestKey(UUID.randomUUID());
        var draft = new MajorComplaintDraft(day, title, "客户因延迟发货向媒体投诉");

        var id = complaints.recordMajor(request, draft);
        assertThat(complaints.recordMajor(request, draft)).isEqualTo(id);

        assertThat(complaintQueries.majorComplaints(PageRequest.first(500)))
                .filteredOn(c -> c.title().equals(title)).singleElement().satisfies(complaint -> {
                    assertThat(complaint.id()).isEqualTo(id);
                    assertThat(complaint.recordedBy()).isEqualTo("manager");
                    var incident = incidents.incident(complaint.incident()).orElseThrow().incident().record();
                    assertThat(incident.typeCode()).isEqualTo(IncidentType.MAJOR_COMPLAINT);
                    assertThat(incident.title()).isEqualTo(title);
                    assertThat(incident.reportedBy()).isEqualTo("manager");
                });
        var byTitle = new IncidentFilter(Optional.of(IncidentType.MAJOR_COMPLAINT),
                Optional.of(IncidentFilter.Status.OPEN), title);
        assertThat(incidents.count(byTitle)).isEqualTo(1);
        assertThat(complaintQueries.days(day, day.plusDays(1))).containsExactly(new ComplaintCount(day, 400, 1));
        assertThat(complaintQueries.rate(Period.quarterOf(day)).fraction()).hasValue(1 / 400.0);
    }

    @Test
    void a_day_corrected_replaces_its_counts() {
        var day = dayIn(2060);
        complaints.enterDay(new ComplaintCount(day, 10, 0));
        complaints.enterDay(new ComplaintCount(day, 12, 2));

        assertThat(complaintQueries.days(day.minusDays(1), day.plusDays(2)))
                .containsExactly(new ComplaintCount(day, 12, 2));
    }
}
