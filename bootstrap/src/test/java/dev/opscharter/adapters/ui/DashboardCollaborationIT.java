package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.organization.DepartmentCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collaboration on the home page: Finance's lead sees the milestone Finance owns, late and linked to its project;
 * the manager sees it among what is past due across departments; the auditor, who manages nothing and leads no
 * department, sees neither card.
 */
@OpsCharterSpringTest
class DashboardCollaborationIT extends ViewTest {

    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");

    @Autowired
    ManageProjects manage;
    @Autowired
    ProjectQueries projects;
    @Autowired
    UserDetailsService users;

    String tag;
    CrossDepartmentProjectId project;

    @BeforeEach
    void aProjectWithALateFinanceMilestone() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        project = new SignedIn(users).as("manager", () -> {
            var id = manage.start(RequestKey.fresh(), ProjectKind.PROJECT, "成本口径统一 " + tag, "统一核算口径",
                    LocalDate.of(2025, 12, 1));
            manage.assign(id, FINANCE, "确认分摊口径", projects.project(id).record().version());
            manage.addMilestone(id, "口径确认 " + tag, FINANCE, LocalDate.of(2026, 1, 5),
                    projects.project(id).record().version());
            return id;
        });
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private Anchor milestoneIn(String card) {
        navigate(DashboardView.class);
        return $(Div.class).id(card).getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(a -> a.getText().contains("口径确认 " + tag)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("finance.lead")
    void the_finance_lead_sees_the_late_milestone_finance_owns_linked_to_its_project() {
        var line = milestoneIn("card-collaboration");

        assertThat(line.getHref()).isEqualTo("collaboration/projects?project=" + project);
        assertThat(line.hasClassName("overdue")).isTrue();
        assertThat(line.getText()).contains("成本口径统一 " + tag).contains("财务部").contains("到期");
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_sees_it_among_what_is_past_due_across_departments() {
        var line = milestoneIn("card-collaboration-overdue");

        assertThat(line.getHref()).isEqualTo("collaboration/projects?project=" + project);
        assertThat($(Div.class).all().stream().filter(d -> "card-collaboration".equals(d.getId().orElse(null))))
                .isEmpty();
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_sees_no_collaboration_card() {
        navigate(DashboardView.class);

        assertThat($(Div.class).all().stream().map(d -> d.getId().orElse(""))
                .filter(id -> id.startsWith("card-collaboration"))).isEmpty();
    }
}
