package dev.opscharter.adapters.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role sees and may open; denial is checked by URL too, not just by the missing menu item. */
@OpsCharterSpringTest
class NavigationByRoleIT extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate("admin/people");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_lands_on_the_dashboard_with_their_name() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat($(H2.class).id("dashboard-greeting").getText()).contains("李明");
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_sees_no_administration_and_cannot_open_it_by_url() {
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).doesNotContain("admin/departments", "admin/people", "admin/accounts", "admin/audit");
        for (var adminPath : List.of("admin/departments", "admin/people", "admin/accounts", "admin/audit",
                "admin/settings")) {
            UI.getCurrent().navigate(adminPath);
            assertThat(getCurrentView()).as(adminPath).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_sees_the_organization_and_administration_views() {
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).contains("admin/departments", "admin/people", "admin/accounts", "admin/audit",
                "admin/settings");
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_may_read_the_audit_trail_but_not_manage_people() {
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).contains("admin/audit").doesNotContain("admin/people", "admin/accounts");
    }

    private List<String> menuPaths() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }
}
