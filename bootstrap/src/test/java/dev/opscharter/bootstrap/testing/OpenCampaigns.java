package dev.opscharter.bootstrap.testing;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Survey campaigns opened for a test on the shared database: each with a title of its own, open from a
 * few days ago (in the demo organization's zone), stored directly (the scheduler's part is not tested).
 */
public final class OpenCampaigns {

    private final Campaigns campaigns;
    private final Departments departments;

    public OpenCampaigns(Campaigns campaigns, Departments departments) {
        this.campaigns = campaigns;
        this.departments = departments;
    }

    /** An open campaign in which {@code rater}'s people rate Operations. */
    public Campaign ratedBy(Department rater) {
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var operations = departments.all().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS && d.active())
                .findFirst().orElseThrow();
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var created = Campaign.create(new BilingualName("测试问卷 " + unique, "Test survey " + unique),
                Optional.empty(), new SurveyWindow(today.minusDays(5), today.plusDays(10)), Questionnaire.defaults(),
                List.of(rater.id()), RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP,
                operations.id(), Actor.SYSTEM);
        return campaigns.save(Campaign.reconstitute(created.id(), created.title(), created.quarter(),
                created.window(), created.questionnaire(), created.invited(), created.scope(), created.method(),
                created.minimumGroup(), CampaignState.OPEN, Optional.empty(), created.createdBy(), 0));
    }

    /** Any active department but Operations. */
    public Department anyRater() {
        return departments.all().stream().filter(d -> d.kind() != DepartmentKind.OPERATIONS && d.active())
                .findFirst().orElseThrow();
    }
}
