package dev.opscharter.application.survey;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.survey.fakes.InMemoryCampaigns;
import dev.opscharter.application.survey.fakes.InMemoryInvitations;
import dev.opscharter.application.survey.fakes.InMemoryResponses;
import dev.opscharter.application.survey.fakes.InMemorySubmissions;
import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.application.survey.service.CampaignService;
import dev.opscharter.application.survey.service.ResponseService;
import dev.opscharter.application.survey.service.Unanswered;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The survey context on its in-memory fakes, over the organization fixture (its clock: Thursday
 * 14 May 2026 in Shanghai). Operations and three invited departments exist; records set up here
 * are stored through the outbound ports, so the audit entries a test sees come from the use case.
 */
public final class SurveyFixture {

    /** The second quarter's window around {@link OrganizationFixture#NOW}. */
    public static final SurveyWindow WINDOW = new SurveyWindow(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 29));

    public final OrganizationFixture org = new OrganizationFixture();
    public final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    public final InMemoryInvitations invitations = new InMemoryInvitations();
    public final InMemoryResponses responses = new InMemoryResponses();
    public final InMemorySubmissions submissions = new InMemorySubmissions();
    /** The key the guards are computed with; a fresh one per fixture, as a new data directory would make. */
    public final GuardKey key = GuardKey.generate(new SecureRandom());
    public final Department operations = org.department("OPERATIONS", DepartmentKind.OPERATIONS);
    public final Department finance = org.department("FINANCE");
    public final Department hr = org.department("HR");
    public final Department it = org.department("IT");

    public CampaignService campaignService() {
        return new CampaignService(campaigns, invitations, responses, submissions, org.departments, org.accounts,
                org.people, org.useCase);
    }

    public ResponseService responseService() {
        return new ResponseService(campaigns, invitations, responses, submissions, org.departments, key,
                org.useCase);
    }

    public Unanswered unanswered() {
        return new Unanswered(invitations, submissions, key);
    }

    public CampaignDraft draft(RatingScope scope) {
        return new CampaignDraft(new BilingualName("2026-Q2 协作满意度", "2026-Q2 collaboration"),
                Optional.of(new Period.Quarter(2026, 2)), WINDOW, Questionnaire.defaults(),
                List.of(finance.id(), hr.id(), it.id()), scope, SatisfactionMethod.TOP_TWO_BOX,
                Campaign.DEFAULT_GROUP);
    }

    /** A campaign in {@code state}, stored directly (a closed one closed today). */
    public Campaign campaign(RatingScope scope, CampaignState state) {
        var draft = draft(scope);
        var created = Campaign.create(draft.title(), draft.quarter(), draft.window(), draft.questionnaire(),
                draft.invited(), scope, draft.method(), draft.minimumGroup(), operations.id(), Actor.SYSTEM);
        return campaigns.save(Campaign.reconstitute(created.id(), created.title(), created.quarter(),
                created.window(), created.questionnaire(), created.invited(), scope, created.method(),
                created.minimumGroup(), state,
                state == CampaignState.CLOSED ? Optional.of(org.calendar.today()) : Optional.empty(),
                created.createdBy(), 0));
    }

    /** An invitation of someone in {@code department}; the token is what their link carries. */
    public InvitationToken invite(Campaign campaign, Department department) {
        var token = InvitationToken.random();
        invitations.addAll(List.of(Invitation.issue(campaign.id(), token, department.id(), Optional.empty(),
                Optional.of(new EmailAddress("someone-" + UUID.randomUUID() + "@corp.cn")), Language.ZH_CN)));
        return token;
    }

    /** Every item of the default questionnaire answered with {@code score}. */
    public static Map<ItemCode, Integer> all(int score) {
        var answers = new LinkedHashMap<ItemCode, Integer>();
        Questionnaire.defaults().codes().forEach(code -> answers.put(code, score));
        return answers;
    }

    /** The answers of a respondent of an Operations-only campaign. */
    public Map<DepartmentId, Map<ItemCode, Integer>> aboutOperations(int score) {
        return Map.of(operations.id(), all(score));
    }
}
