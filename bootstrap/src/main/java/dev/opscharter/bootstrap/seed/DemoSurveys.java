package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.application.survey.port.in.SubmitResponse;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.application.survey.service.SurveySchedule;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SubmissionGuard;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Demo mode: four closed quarterly collaboration surveys — the quarters before the last ended one,
 * which is left for the manager to fill in by hand — and the current quarter's campaign, open today
 * with some of its invitations answered. Every department rates Operations; Supply Chain rates it
 * below 85 % and HR has fewer answers than the minimum, so the results show a failed group and a
 * hidden one. Answers come from a seeded {@link Random}: the same figures on every start (overall
 * 86.5, 91.0, 85.8 and 87.7 %, Supply Chain 63–73 %).
 * <p>The closed campaigns' answers were given in the past, which no link takes: they are stored through
 * the ports while the campaign is open, and then it is closed (the database refuses changes to a
 * closed campaign's answers). The open campaign's answers go through the respondent's use case; no token
 * is kept.
 */
@Component
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoSurveys {

    /** How many closed quarterly campaigns: the quarters before the last ended one. */
    static final int CLOSED_QUARTERS = 4;
    private static final long SEED = 13;
    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    /** Who is invited, how many answer and how they answer (weights of scores 1–5). */
    private record Plan(String department, int invited, int answering, int[] weights) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("SALES", 9, 7, new int[]{0, 1, 5, 44, 50}),
            new Plan("CUSTOMER_SERVICE", 8, 6, new int[]{0, 2, 5, 43, 50}),
            new Plan("SUPPLY_CHAIN", 8, 6, new int[]{2, 6, 22, 44, 26}),
            new Plan("FINANCE", 6, 5, new int[]{0, 1, 5, 50, 44}),
            new Plan("IT", 7, 5, new int[]{0, 1, 6, 45, 48}),
            new Plan("HR", 5, 2, new int[]{0, 2, 10, 48, 40}));

    private static final List<String> COMMENTS = List.of(
            "运营部响应很快，订单异常当天就有人跟进。",
            "希望流程变更能提前一周通知到我们部门。",
            "大促期间的排班协调做得很好。",
            "跨部门会议纪要有时发得太晚。",
            "Supply plans changed twice without notice this quarter.",
            "The weekly sync with Operations is genuinely useful.");

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Responses responses;
    private final Submissions submissions;
    private final GuardKey key;
    private final ManageCampaigns manage;
    private final SubmitResponse submit;

    DemoSurveys(Campaigns campaigns, Invitations invitations, Responses responses, Submissions submissions,
                GuardKey key, ManageCampaigns manage, SubmitResponse submit) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.responses = responses;
        this.submissions = submissions;
        this.key = key;
        this.manage = manage;
        this.submit = submit;
    }

    /** The quarters with a closed demo campaign, oldest first: no collaboration figure is typed for them. */
    static List<Period.Quarter> closedQuarters(LocalDate today) {
        return Period.quarterOf(today).previous().previous().trailing(CLOSED_QUARTERS);
    }

    /** Run as the system, after the departments exist. */
    void seed(LocalDate today, Map<String, Department> byCode) {
        var random = new Random(SEED);
        var operations = byCode.get("OPERATIONS").id();
        var closed = closedQuarters(today);
        closed.forEach(quarter -> closed(quarter, byCode, operations, random));
        open(today, byCode, operations, random);
        log.info("Demo surveys seeded: closed campaigns for {} to {}, the campaign of {} open", closed.getFirst(),
                closed.getLast(), Period.quarterOf(today));
    }

    private static BilingualName title(Period.Quarter quarter) {
        return new BilingualName(quarter.key() + " 跨部门协作满意度调研",
                quarter.key() + " cross-department collaboration survey");
    }

    private static List<DepartmentId> invited(Map<String, Department> byCode) {
        return PLANS.stream().map(p -> byCode.get(p.department()).id()).toList();
    }

    private void closed(Period.Quarter quarter, Map<String, Department> byCode, DepartmentId operations,
                        Random random) {
        var window = SurveySchedule.windowOf(quarter);
        var draft = Campaign.create(title(quarter), Optional.of(quarter), window, Questionnaire.defaults(),
                invited(byCode), RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP,
                operations, Actor.SYSTEM);
        var open = campaigns.save(Campaign.reconstitute(draft.id(), draft.title(), draft.quarter(), draft.window(),
                draft.questionnaire(), draft.invited(), draft.scope(), draft.method(), draft.minimumGroup(),
                CampaignState.OPEN, Optional.empty(), "manager", 0));
        var answers = new ArrayList<Response>();
        for (var plan : PLANS) {
            var department = byCode.get(plan.department()).id();
            var issued = invite(open, department, plan).invitations();
            // guarded first, answered after, in other transactions: nothing pairs an invitation with an answer
            issued.subList(0, plan.answering()).forEach(i -> submissions.add(SubmissionGuard.of(key, i.id()),
                    open.id(), department));
            for (int i = 0; i < plan.answering(); i++) {
                var day = window.opensOn().plusDays(random.nextInt((int) window.days()));
                answers.add(new Response(UUID.randomUUID(), open.id(), department, operations,
                        answers(plan, random), comment(random), day));
            }
        }
        responses.addAll(answers);
        campaigns.save(open.close(Actor.SYSTEM, quarter.endExclusive(), open.version()));
    }

    private void open(LocalDate today, Map<String, Department> byCode, DepartmentId operations, Random random) {
        var quarter = Period.quarterOf(today);
        var opensOn = today.minusDays(7).isBefore(quarter.firstDay()) ? quarter.firstDay() : today.minusDays(7);
        var closesOn = today.plusDays(7).isAfter(quarter.lastDay()) ? quarter.lastDay() : today.plusDays(7);
        var id = manage.create(RequestKey.fresh(), new CampaignDraft(title(quarter), Optional.of(quarter),
                new SurveyWindow(opensOn, closesOn), Questionnaire.defaults(), invited(byCode),
                RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP));
        manage.schedule(id, campaigns.byId(id).orElseThrow().version());
        manage.open(id, campaigns.byId(id).orElseThrow().version());
        var campaign = campaigns.byId(id).orElseThrow();
        for (var plan : PLANS) {
            var tokens = invite(campaign, byCode.get(plan.department()).id(), plan).tokens();
            // about half have answered so far; the tokens are forgotten with this method
            for (int i = 0; i < plan.answering() / 2; i++) {
                submit.submit(tokens.get(i).value(), Map.of(operations, answers(plan, random)), comment(random));
            }
        }
    }

    /** A department's invitations, stored, with the tokens their links would carry (kept by no one). */
    private record Issued(List<Invitation> invitations, List<InvitationToken> tokens) {
    }

    private Issued invite(Campaign campaign, DepartmentId department, Plan plan) {
        var issued = new ArrayList<Invitation>();
        var tokens = new ArrayList<InvitationToken>();
        for (int i = 0; i < plan.invited(); i++) {
            var token = InvitationToken.random();
            tokens.add(token);
            issued.add(issue(campaign, department, plan, i, token));
        }
        invitations.addAll(issued);
        return new Issued(issued, tokens);
    }

    private static Invitation issue(Campaign campaign, DepartmentId department, Plan plan, int index,
                                    InvitationToken token) {
        var mailbox = plan.department().toLowerCase(Locale.ROOT).replace('_', '.') + ".staff" + (index + 1);
        return Invitation.issue(campaign.id(), token, department, Optional.empty(),
                Optional.of(new EmailAddress(mailbox + "@example.com")), Language.ZH_CN);
    }

    private static Map<ItemCode, Integer> answers(Plan plan, Random random) {
        var answers = new LinkedHashMap<ItemCode, Integer>();
        Questionnaire.defaults().codes().forEach(code -> answers.put(code, score(plan.weights(), random)));
        return answers;
    }

    private static int score(int[] weights, Random random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int score = 1; score <= weights.length; score++) {
            pick -= weights[score - 1];
            if (pick < 0) {
                return score;
            }
        }
        throw new IllegalStateException("weights sum to " + total);
    }

    private static Optional<String> comment(Random random) {
        return random.nextInt(10) < 3 ? Optional.of(COMMENTS.get(random.nextInt(COMMENTS.size()))) : Optional.empty();
    }
}
