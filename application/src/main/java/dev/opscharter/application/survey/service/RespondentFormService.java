package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.in.RespondentForms;
import dev.opscharter.application.survey.port.in.SurveyForm;
import dev.opscharter.application.survey.port.in.SurveyForm.RatedDepartment;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The respondent's form (SPEC §3 "The respondent page"): found by the hash of the link's token, in
 * one read-only snapshot, with the same test {@link ResponseService} applies before it records, so
 * a form that is shown can be answered. Nobody is named and nothing is audited: reading a form
 * leaves no trace that could tell when someone opened their link.
 */
public final class RespondentFormService implements RespondentForms {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Unanswered unanswered;
    private final Departments departments;
    private final UseCase uc;

    public RespondentFormService(Campaigns campaigns, Invitations invitations, Unanswered unanswered,
                                 Departments departments, UseCase uc) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.unanswered = unanswered;
        this.departments = departments;
        this.uc = uc;
    }

    @Override
    public Optional<SurveyForm> form(String token) {
        var parsed = InvitationToken.parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        var hash = parsed.get().hash();
        return uc.transactions().readOnly(() -> {
            var now = uc.calendar().now();
            var zone = uc.calendar().zone().get();
            var invitation = invitations.byTokenHash(hash)
                    .filter(i -> !unanswered.answered(i));
            return invitation.flatMap(i -> campaigns.byId(i.campaign())
                    .filter(c -> c.takesAnswersAt(now, zone))
                    .map(c -> form(c, i)));
        });
    }

    private SurveyForm form(Campaign campaign, Invitation invitation) {
        var all = departments.all();
        Map<DepartmentId, Department> known = all.stream()
                .collect(Collectors.toMap(Department::id, Function.identity()));
        var rated = campaign.scope().ratedBy(invitation.department(), campaign.invited(), Operations.in(all))
                .stream()
                .map(id -> new RatedDepartment(id, named(known, id)))
                .toList();
        return new SurveyForm(campaign.title(), campaign.questionnaire(), rated, invitation.language(),
                campaign.window().closesOn());
    }

    private static BilingualName named(Map<DepartmentId, Department> known, DepartmentId id) {
        var department = known.get(id);
        if (department == null) {
            throw new IllegalStateException("a rated department is not in the directory: " + id);
        }
        return department.name();
    }
}
