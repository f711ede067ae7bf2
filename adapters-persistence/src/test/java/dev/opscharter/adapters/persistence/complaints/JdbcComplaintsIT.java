package dev.opscharter.adapters.persistence.complaints;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.complaints.port.out.HandlingCases;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.domain.complaints.HandlingCase;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcComplaintsIT extends ComplaintsContract {

    @Autowired
    private Complaints complaints;
    @Autowired
    private Incidents incidents;
    @Autowired
    private IncidentTypes types;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private HandlingCases cases;

    @Override
    protected Complaints complaints() {
        return complaints;
    }

    /** A "major complaint" incident, as the complaints' use case opens one. */
    @Override
    protected IncidentId incident() {
        return incidents.save(Incident.report(types.byCode(IncidentType.MAJOR_COMPLAINT).orElseThrow(), "重大投诉",
                Actor.user("manager", Set.of(Role.OPS_MANAGER)), Instant.parse("2030-01-01T00:00:00Z"))).id();
    }

    @Test
    void a_handling_case_is_found_in_the_execution_records_by_process_and_case() {
        var caseId = "C-" + UUID.randomUUID();
        jdbc.sql("""
                insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                values ('COMPLAINT_HANDLING', :id, now(), now(), 1, array['RECEIVE'], array['CS'], array[now()])""")
                .param("id", caseId).update();

        assertThat(cases.exists(new HandlingCase("COMPLAINT_HANDLING", caseId))).isTrue();
        assertThat(cases.exists(new HandlingCase("COMPLAINT_HANDLING", caseId + "x"))).isFalse();
        assertThat(cases.exists(new HandlingCase("ORDER_FULFILMENT", caseId))).isFalse();
    }

    /** The application's role may not (ApplicationRolePrivileges); its owner is refused by the triggers. */
    @Test
    void the_database_refuses_to_change_or_remove_a_major_complaint() {
        var id = incident();
        jdbc.sql("""
                insert into major_complaint (id, day, title, reason, recorded_by, recorded_at, incident_id)
                values (gen_random_uuid(), date '2030-01-02', '改不了', '原因', 'manager', now(), :incident)""")
                .param("incident", id.value()).update();

        var owner = JdbcClient.create(TestDatabase.ownerDataSource());
        for (var who : List.of(jdbc, owner)) {
            assertThatThrownBy(() -> who.sql("update major_complaint set reason = '改' where incident_id = :incident")
                    .param("incident", id.value()).update()).rootCause().message()
                    .containsAnyOf("permission denied for table major_complaint", "major_complaint is append-only");
            assertThatThrownBy(() -> who.sql("delete from major_complaint where incident_id = :incident")
                    .param("incident", id.value()).update()).rootCause().message()
                    .containsAnyOf("permission denied for table major_complaint", "major_complaint is append-only");
        }
        assertThatThrownBy(() -> owner.sql("update major_complaint set reason = '改' where incident_id = :incident")
                .param("incident", id.value()).update()).rootCause()
                .hasMessageContaining("major_complaint is append-only: no update");
        assertThatThrownBy(() -> jdbc.sql("delete from major_complaint where incident_id = :incident")
                .param("incident", id.value()).update()).rootCause()
                .hasMessageContaining("permission denied for table major_complaint");
    }

    @Test
    void the_database_refuses_more_major_complaints_than_complaints() {
        assertThatThrownBy(() -> jdbc.sql("insert into complaint_day (day, total, major) values (date '9999-12-01', 1, 2)")
                .update()).hasMessageContaining("complaint_day_major_range");
    }
}
