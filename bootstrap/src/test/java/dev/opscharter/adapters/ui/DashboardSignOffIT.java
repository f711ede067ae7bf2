package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.charter.WorkItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the charter reserves for someone's sign-off is the first thing on their dashboard. */
@OpsCharterSpringTest
class DashboardSignOffIT extends ViewTest {

    @Autowired
    ManageWorkItems manage;
    @Autowired
    WorkItemQueries workItems;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("director")
    void the_director_sees_how_many_items_await_his_sign_off_with_a_link_to_them() {
        var signedIn = new SignedIn(users);
        signedIn.as("manager", () -> {
            var id = manage.register(new WorkItemDraft(WorkItemKind.ESCALATION, "仓库火灾风险：启用备用仓", "",
                    "MAJOR_RISK_HANDLING", Optional.empty()));
            manage.requestSignOff(id, 1);
            return id;
        });
        int awaiting = workItems.awaitingMySignOff().size();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(DashboardView.class);

        var links = $(Anchor.class).all().stream().filter(a -> a.hasClassName("attention-item")).toList();
        assertThat(links).first().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("有 " + awaiting + " 项工作事项待您审批");
            assertThat(link.getHref()).isEqualTo("charter/boundary");
        });
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_has_nothing_to_sign_off() {
        navigate(DashboardView.class);

        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().equals("charter/boundary"));
    }
}
