package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrective actions ask for their owner's and the manager's attention on the dashboard. */
@OpsCharterSpringTest
class DashboardRectificationIT extends ViewTest {

    @Autowired
    ManageCorrectiveActions manage;
    @Autowired
    CorrectiveActionQueries actions;
    @Autowired
    UserDetailsService users;

    private List<Anchor> attentionLinks() {
        return $(Anchor.class).all().stream().filter(a -> a.hasClassName("attention-item")).toList();
    }

    @Test
    @WithUserDetails("specialist")
    void the_owner_sees_the_actions_in_their_hands_and_the_manager_those_to_verify() {
        var signedIn = new SignedIn(users);
        var id = signedIn.as("manager", () -> manage.create(new NewCorrectiveAction(new FindingRef(null, "2026-Q2",
                "ORDER_FULFILMENT", DeviationType.STEP_LATE, "SHIP"), "", 3, "缩短发货时间（看板）", "specialist",
                actions.today().plusDays(14), "")));
        int inHands = actions.attention().inMyHands();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(DashboardView.class);

        assertThat(inHands).isPositive();
        assertThat(attentionLinks()).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo(inHands + " 项整改措施由您负责办理");
            assertThat(link.getHref()).isEqualTo("compliance/actions");
        });

        manage.start(id, actions.get(id).version());
        manage.recordRootCause(id, "排班不足", actions.get(id).version());
        manage.attachEvidence(id, "排班表.txt", "text/plain", new byte[] {1});
        manage.submit(id, "", actions.get(id).version());
        int toVerify = signedIn.as("manager", () -> actions.attention().toVerify());
        assertThat(toVerify).isPositive();
        signedIn.switchTo("manager");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(DashboardView.class);

        assertThat(attentionLinks()).anySatisfy(link -> assertThat(link.getText())
                .isEqualTo(toVerify == 1 ? "1 corrective action waits for your verification"
                        : toVerify + " corrective actions wait for your verification"));
    }
}
