package dev.opscharter.adapters.ui.survey.invite;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.domain.survey.CampaignId;
import jakarta.annotation.security.PermitAll;

import java.util.Optional;

/**
 * Where a signed-in invitee's inbox entry leads ({@code surveys/answer/<campaign>}): the inbox is
 * stored, so it holds no link; this route mints a fresh one for the user's own invitation and sends
 * the browser straight to the respondent page ({@code /s/<token>}), which takes the answers without
 * knowing who is signed in. The token is in no field of this view. Without an invitation to answer,
 * it says so in general words.
 */
@Route(value = "surveys/answer/:campaign", layout = MainLayout.class)
@PermitAll
public class AnswerRoute extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** From {@code surveys/answer/<campaign>} up to the application's root, whatever its context path. */
    static final String TO_RESPONDENT_PAGE = "../../s/";

    private final InviteRespondents invitations;

    public AnswerRoute(InviteRespondents invitations) {
        this.invitations = invitations;
        setId("survey-answer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var link = event.getRouteParameters().get("campaign").flatMap(AnswerRoute::campaign)
                .flatMap(invitations::ownLink);
        if (link.isPresent()) {
            event.forwardToUrl(TO_RESPONDENT_PAGE + link.get());
            return;
        }
        removeAll();
        var text = new Paragraph(getTranslation("survey.invite.answer.unavailable"));
        text.setId("survey-answer-unavailable");
        add(new H2(getTranslation("survey.invite.answer.title")), text);
    }

    private static Optional<CampaignId> campaign(String text) {
        try {
            return Optional.of(CampaignId.parse(text));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.invite.answer.title") + " · " + getTranslation("app.name");
    }
}
