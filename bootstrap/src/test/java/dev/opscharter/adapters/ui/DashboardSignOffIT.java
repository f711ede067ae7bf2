package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What waits for someone is the first thing on their home page, and its link lands on exactly those
 * items: the director's sign-offs, the IT lead's handed-over work.
 */
@OpsCharterSpringTest
class DashboardSignOffIT extends ViewTest {

    @Autowired
    ManageWorkItems manage;
    @Autowired
    WorkItemQueries workItems;
    @Autowired
    UserDetailsService users;

    private Anchor firstAttentionLink() {
        var links = $(Anchor.class).all().stream().filter(a -> a.hasClassName("attention-item")).toList();
        assertThat(links).isNotEmpty();
        return links.getFirst();
    }

    /** Follows the link as the browser would, and reads how many rows the filtered register holds. */
    private long followed(Anchor link) {
        var target = link.getHref();
        UI.getCurrent().navigate(target.substring(0, target.indexOf('?')),
                QueryParameters.fromString(target.substring(target.indexOf('?') + 1)));
        assertThat($(Checkbox.class).id("work-items-awaiting-me").getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<WorkItem> grid = $(Grid.class).id("work-items-grid");
        return test(grid).size();
    }

    @Test
    @WithUserDetails("director")
    void the_director_sees_how_many_items_await_his_sign_off_and_the_link_lists_them() {
        var signedIn = new SignedIn(users);
        signedIn.as("manager", () -> {
            var id = manage.register(new WorkItemDraft(WorkItemKind.ESCALATION, "仓库火灾风险：启用备用仓", "",
                    "MAJOR_RISK_HANDLING", Optional.empty()));
            manage.requestSignOff(id, 1);
            return id;
        });
        theFirstThingOnTheHomePageCountsWhatWaitsAndLeadsThere();
    }

    @Test
    @WithUserDetails("it.lead")
    void work_handed_over_to_it_is_pending_on_the_it_lead_s_home_page() {
        new SignedIn(users).as("manager", () -> manage.register(new WorkItemDraft(WorkItemKind.REQUEST,
                "订单导出接口开发", "", "SYSTEM_DEVELOPMENT", Optional.empty())));
        theFirstThingOnTheHomePageCountsWhatWaitsAndLeadsThere();
    }

    private void theFirstThingOnTheHomePageCountsWhatWaitsAndLeadsThere() {
        long awaiting = workItems.countAwaitingMe();
        assertThat(awaiting).isPositive();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(DashboardView.class);

        var link = firstAttentionLink();
        assertThat(link.getText()).isEqualTo("有 " + awaiting + " 项工作事项待您处理");
        assertThat(link.getHref()).isEqualTo("charter/work-items?awaiting=me");
        assertThat(followed(link)).isEqualTo(awaiting);
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_has_nothing_waiting_for_them() {
        navigate(DashboardView.class);

        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().contains("awaiting=me"));
    }
}
