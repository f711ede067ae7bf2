package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.organization.service.ActorsDepartment;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.CampaignStep;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.Figure;
import dev.opscharter.domain.survey.SurveyPermission;
import dev.opscharter.domain.survey.SurveyResults;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

import static dev.opscharter.domain.survey.SurveyPermission.MANAGE;
import static dev.opscharter.domain.survey.SurveyPermission.PREPARE;
import static dev.opscharter.domain.survey.SurveyPermission.READ_RESULTS;

/**
 * Survey campaigns (SPEC §3): specialists, managers and directors prepare them, managers and
 * directors run them; everyone with {@link SurveyPermission#READ_RESULTS} reads them and their
 * results, a department lead only their own department's groups. The lifecycle rules are
 * {@link Campaign}'s, the disclosure rules {@link SurveyResults}'; this service supplies who acts,
 * today in the organization's zone, the transaction and the audit entry.
 */
public final class CampaignService implements ManageCampaigns, CampaignQueries {

    static final RecordType<CampaignId, Campaign> TYPE = new RecordType<>("Campaign", Campaign::id,
            c -> c.title().chinese(), Campaign::snapshot, Campaign::version, CampaignId::toString, CampaignId::parse);

    /** The roles that read every group of the results; a lead holding none of them reads their department's. */
    private static final Role[] SEE_ALL_RESULTS = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST,
            Role.AUDITOR};

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Responses responses;
    private final Submissions submissions;
    private final Operations operations;
    private final ActorsDepartment departmentOf;
    private final UseCase uc;
    /** Orders the comments shown: unpredictable, so their order says nothing about who wrote them when. */
    private final Random shuffle = new SecureRandom();

    public CampaignService(Campaigns campaigns, Invitations invitations, Responses responses, Submissions submissions,
                           Departments departments, UserAccounts accounts, People people, UseCase uc) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.responses = responses;
        this.submissions = submissions;
        this.operations = new Operations(departments);
        this.departmentOf = new ActorsDepartment(accounts, people);
        this.uc = uc;
    }

    // ---- commands

    @Override
    public CampaignId create(RequestKey request, CampaignDraft draft) {
        return uc.create(PREPARE, request, TYPE, campaigns, me -> Campaign.create(draft.title(), draft.quarter(),
                draft.window(), draft.questionnaire(), draft.invited(), draft.scope(), draft.method(),
                draft.minimumGroup(), operations.department(), me));
    }

    @Override
    public void edit(CampaignId id, CampaignDraft draft, long version) {
        change(PREPARE, id, version, (me, campaign) -> campaign.edit(me, draft.title(), draft.quarter(),
                draft.window(), draft.questionnaire(), draft.invited(), draft.scope(), draft.method(),
                draft.minimumGroup(), operations.department(), uc.calendar().today(), version));
    }

    @Override
    public void schedule(CampaignId id, long version) {
        change(MANAGE, id, version, (me, campaign) -> campaign.schedule(me, uc.calendar().today(), version));
    }

    @Override
    public void open(CampaignId id, long version) {
        change(MANAGE, id, version, (me, campaign) -> campaign.open(me, uc.calendar().today(), version));
    }

    @Override
    public void close(CampaignId id, long version) {
        change(MANAGE, id, version, (me, campaign) -> campaign.close(me, uc.calendar().today(), version));
    }

    @Override
    public void cancel(CampaignId id, long version) {
        change(MANAGE, id, version, (me, campaign) -> campaign.cancel(me, version));
    }

    private void change(SurveyPermission permission, CampaignId id, long version,
                        BiFunction<Actor, Campaign, Campaign> step) {
        uc.change(permission, TYPE, campaigns, id, version, AuditAction.UPDATE, step);
    }

    // ---- queries

    @Override
    public List<Campaign> page(CampaignFilter filter, PageRequest page) {
        return uc.read(READ_RESULTS, () -> campaigns.page(filter, page));
    }

    @Override
    public long count(CampaignFilter filter) {
        return uc.read(READ_RESULTS, () -> campaigns.count(filter));
    }

    @Override
    public WithSteps<Campaign, CampaignStep> detail(CampaignId id) {
        return uc.read(READ_RESULTS, me -> {
            var campaign = campaign(id);
            return new WithSteps<>(campaign, campaign.allowedSteps(me, uc.calendar().today()));
        });
    }

    @Override
    public List<ResponseRate> responseRates(CampaignId id) {
        return uc.read(MANAGE, () -> {
            var campaign = campaign(id);
            var invited = invitations.invited(id);
            var answered = submissions.answered(id);
            return campaign.invited().stream().map(department -> new ResponseRate(department,
                    invited.getOrDefault(department, 0L), answered.getOrDefault(department, 0L))).toList();
        });
    }

    @Override
    public SurveyResults results(CampaignId id) {
        return uc.read(READ_RESULTS, me -> {
            var campaign = campaign(id);
            var all = SurveyResults.of(responses.of(id), campaign.questionnaire().codes(), campaign.minimumGroup(),
                    campaign.method(), shuffle);
            var complete = ResultsView.complete(all, campaign, operations.department());
            return me.hasAnyOf(SEE_ALL_RESULTS) ? complete : ResultsView.only(complete, departmentOf.of(me));
        });
    }

    // ---- internals

    private Campaign campaign(CampaignId id) {
        return campaigns.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
    }

    // ---- trend

    @Override
    public List<QuarterFigure> trend(int quarters) {
        if (quarters < 1 || quarters > MAX_TREND_QUARTERS) {
            throw new IllegalArgumentException("a trend of 1 to " + MAX_TREND_QUARTERS + " quarters: " + quarters);
        }
        return uc.read(READ_RESULTS, () -> {
            var points = new ArrayList<QuarterFigure>();
            var quarter = Period.quarterOf(uc.calendar().today());
            for (int i = 0; i < quarters; i++, quarter = quarter.previous()) {
                campaigns.ofQuarter(quarter).filter(c -> c.state() == CampaignState.CLOSED).ifPresent(c ->
                        points.addFirst(new QuarterFigure(c.quarter().orElseThrow(), c.id(), overall(c))));
            }
            return List.copyOf(points);
        });
    }

    /** The overall is computed on every response, as the results show it; comments play no part. */
    private Disclosed<Figure> overall(Campaign campaign) {
        return SurveyResults.of(responses.of(campaign.id()), campaign.questionnaire().codes(),
                campaign.minimumGroup(), campaign.method(), shuffle).overall().figure();
    }
}
