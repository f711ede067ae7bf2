package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.in.RespondentForms;
import dev.opscharter.application.survey.port.in.SurveyForm;
import dev.opscharter.application.survey.port.in.SurveyForm.RatedDepartment;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Invitations.LinkTarget;
import dev.opscharter.domain.survey.InvitationToken;

import java.util.Optional;

/**
 * The respondent's form (SPEC §3 "The respondent page"): found by the hash of the link's token, with
 * the same test {@link ResponseService} applies before it records, so a form that is shown can be
 * answered. Three reads along keys and no transaction (the campaign comes from {@link CampaignSnapshots}):
 * should the link be answered from another tab between them, the submission says so. Nobody is named and
 * nothing is audited: reading a form leaves no trace that could tell when someone opened their link.
 */
public final class RespondentFormService implements RespondentForms {

    private final Invitations invitations;
    private final Unanswered unanswered;
    private final CampaignSnapshots campaigns;
    private final UseCase uc;

    public RespondentFormService(Campaigns campaigns, Invitations invitations, Unanswered unanswered,
                                 Departments departments, UseCase uc) {
        this.invitations = invitations;
        this.unanswered = unanswered;
        this.campaigns = new CampaignSnapshots(campaigns, departments, uc.transactions());
        this.uc = uc;
    }

    @Override
    public Optional<SurveyForm> form(String token) {
        var parsed = InvitationToken.parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        var now = uc.calendar().now();
        var zone = uc.calendar().zone().get();
        return invitations.target(parsed.get().hash())
                .filter(target -> !unanswered.answered(target.campaign(), target.invitation()))
                .flatMap(target -> campaigns.of(target.campaign())
                        .filter(snapshot -> snapshot.campaign().takesAnswersAt(now, zone))
                        .map(snapshot -> form(snapshot, target)));
    }

    private static SurveyForm form(CampaignSnapshots.Snapshot snapshot, LinkTarget target) {
        var campaign = snapshot.campaign();
        var rated = snapshot.ratedBy(target.department()).stream()
                .map(id -> new RatedDepartment(id, snapshot.name(id)))
                .toList();
        return new SurveyForm(campaign.title(), campaign.questionnaire(), rated, target.language(),
                campaign.window().closesOn());
    }
}
