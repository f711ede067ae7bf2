package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident whose step is past its limit asks its handlers' attention on the home page, others are not asked; a
 * major risk whose closing waits for the director asks the director's, and the link lists exactly those risks.
 */
@OpsCharterSpringTest
class DashboardRisksAndIncidentsIT extends ViewTest {

    @Autowired
    Incidents incidents;
    @Autowired
    IncidentTypes types;
    @Autowired
    IncidentQueries queries;
    @Autowired
    Clock clock;
    @Autowired
    ManageRisks manage;
    @Autowired
    RiskQueries risks;
    @Autowired
    UserDetailsService users;

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
    @Test
    @WithUserDetails("director")
    void the_director_is_told_of_the_major_risks_waiting_for_the_sign_off_and_the_link_lists_them() {
        var code = "SO-" + UUID.randomUUID().toString().substring(0, 6);
        new SignedIn(users).as("manager", () -> {
            var id = manage.identify(RequestKey.fresh(), new NewRisk(code, "仓库火灾 " + code, "安全", "manager",
                    new RiskRating(4, 5), "消防巡检", "启用异地仓"));
            manage.close(id, "已搬迁", risks.risk(id).record().version());
            return id;
        });
        long awaiting = risks.count(RiskFilter.AWAITING_SIGN_OFF);
        assertThat(awaiting).isPositive();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(DashboardView.class);

        var link = $(Anchor.class).all().stream().filter(a -> a.getHref().equals(DashboardView.RISKS_AWAITING_SIGN_OFF))
                .findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("有 " + awaiting + " 项重大风险待您签批");
        UI.getCurrent().navigate("risks", QueryParameters.simple(Map.of("awaiting", "sign-off")));
        assertThat($(Checkbox.class).id("risks-awaiting-filter").getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Risk> grid = $(Grid.class).id("risks-grid");
        assertThat((long) test(grid).size()).isEqualTo(awaiting);
    }
}
