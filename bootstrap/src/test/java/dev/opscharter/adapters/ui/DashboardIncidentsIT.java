package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An incident whose step is past its limit asks its handlers' attention on the home page; others are not asked. */
@OpsCharterSpringTest
class DashboardIncidentsIT extends ViewTest {

    @Autowired
    Incidents incidents;
    @Autowired
    IncidentTypes types;
    @Autowired
    IncidentQueries queries;
    @Autowired
    Clock clock;

    private void overdueIncident() {
        // reported five hours ago, its cause not located: two hours is the limit of a system failure's first step
        incidents.save(Incident.report(types.byCode(IncidentType.SYSTEM_FAILURE).orElseThrow(), "收银系统宕机",
                Actor.user("specialist", Set.of(Role.OPS_SPECIALIST)), clock.instant().minus(Duration.ofHours(5))));
    }

    private long incidentLinks() {
        return $(Anchor.class).all().stream().filter(a -> a.hasClassName("attention-item"))
                .filter(a -> a.getHref().equals("incidents")).count();
    }

    @Test
    @WithUserDetails("specialist")
    void a_handler_is_told_how_many_incidents_have_a_step_past_its_limit() {
        overdueIncident();
        int overdue = queries.countOverdue();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(DashboardView.class);

        var link = $(Anchor.class).all().stream().filter(a -> a.getHref().equals("incidents")).findFirst();
        assertThat(link).hasValueSatisfying(found ->
                assertThat(found.getText()).isEqualTo(overdue + " 起突发事件有步骤已超时"));
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_who_reads_incidents_but_handles_none_is_not_asked() {
        overdueIncident();
        navigate(DashboardView.class);

        assertThat(incidentLinks()).isZero();
    }
}
