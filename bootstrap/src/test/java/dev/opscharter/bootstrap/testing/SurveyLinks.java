package dev.opscharter.bootstrap.testing;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;

import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;

/**
 * Open campaigns and their respondents' links for tests of the respondent's page, made through the
 * ports as the manager: the campaign created, scheduled and opened by the use cases; the invitation
 * added to the store directly (sending invitations is another use case's), its token kept here.
 */
public final class SurveyLinks {

    private final ManageCampaigns manage;
    private final CampaignQueries queries;
    private final DepartmentQueries departments;
    private final Invitations invitations;
    private final Clock clock;

    public SurveyLinks(ManageCampaigns manage, CampaignQueries queries, DepartmentQueries departments,
                       Invitations invitations, Clock clock) {
        this.manage = manage;
        this.queries = queries;
        this.departments = departments;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** The links of the running application's survey context. */
    public static SurveyLinks of(ApplicationContext context) {
        return new SurveyLinks(context.getBean(ManageCampaigns.class), context.getBean(CampaignQueries.class),
                context.getBean(DepartmentQueries.class), context.getBean(Invitations.class),
                context.getBean(Clock.class));
    }

    /** An open campaign titled {@code title} in both languages, in which the first other department rates Operations. */
    public Opened open(String title) {
        var result = new AtomicReference<Opened>();
        SystemTasks.asUser("manager", () -> {
            var rater = departments.all().stream().filter(Department::active)
                    .filter(d -> d.kind() != DepartmentKind.OPERATIONS).findFirst().orElseThrow();
            // a window that has started in any zone the organization may be in
            var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            var id = manage.create(RequestKey.fresh(), new CampaignDraft(new BilingualName(title, title),
                    Optional.empty(), new SurveyWindow(today.minusDays(1), today.plusDays(14)),
                    Questionnaire.defaults(), List.of(rater.id()), RatingScope.OPERATIONS,
                    SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP));
            manage.schedule(id, queries.detail(id).record().version());
            manage.open(id, queries.detail(id).record().version());
            result.set(new Opened(id, rater.id()));
        });
        return result.get();
    }

    /** A new respondent's link to {@code campaign}: the token their page's path carries. */
    public String link(Opened campaign, Language language) {
        var token = InvitationToken.random();
        invitations.addAll(List.of(invitation(campaign, token, language)));
        return token.value();
    }

    /** {@code count} new respondents' links at once (one insert batch), alternately Chinese and English. */
    public List<String> links(Opened campaign, int count) {
        var tokens = new ArrayList<String>(count);
        var issued = new ArrayList<Invitation>(count);
        for (int i = 0; i < count; i++) {
            var token = InvitationToken.random();
            tokens.add(token.value());
            issued.add(invitation(campaign, token, i % 2 == 0 ? Language.ZH_CN : Language.EN));
        }
        invitations.addAll(issued);
        return tokens;
    }

    private static Invitation invitation(Opened campaign, InvitationToken token, Language language) {
        return Invitation.issue(campaign.id(), token, campaign.rater(), Optional.empty(),
                Optional.of(new EmailAddress("respondent-" + UUID.randomUUID() + "@demo.example")), language);
    }

    /** An open campaign and the department its respondents answer for. */
    public record Opened(CampaignId id, DepartmentId rater) {
    }
}
