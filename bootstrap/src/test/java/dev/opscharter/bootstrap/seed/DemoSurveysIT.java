package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.SurveyResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's surveys on PostgreSQL: what the scorecard reads from them, and the open campaign. */
@OpsCharterSpringTest
class DemoSurveysIT {

    private static final BigDecimal STANDARD = new BigDecimal("85");

    @Autowired
    ScorecardQueries scorecards;
    @Autowired
    CampaignQueries queries;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Invitations invitations;
    @Autowired
    Submissions submissions;
    @Autowired
    Responses responses;
    @Autowired
    Departments departments;
    @Autowired
    BusinessCalendar calendar;

    private DepartmentId department(String code) {
        return departments.all().stream().filter(d -> d.code().value().equals(code)).map(Department::id)
                .findFirst().orElseThrow();
    }

    @Test
    void the_scorecard_reads_each_surveyed_quarters_satisfaction_from_its_closed_campaign() {
        var surveyed = DemoSurveys.closedQuarters(calendar.today());
        assertThat(surveyed).hasSize(4);
        var figures = new ArrayList<String>();
        for (var quarter : surveyed) {
            var campaign = campaigns.ofQuarter(quarter).orElseThrow();
            assertThat(campaign.state()).isEqualTo(CampaignState.CLOSED);
            assertThat(campaigns.closedIn(quarter)).extracting(Campaign::id).contains(campaign.id());
            var expected = SurveyResults.of(responses.of(campaign.id()), campaign.questionnaire().codes(),
                    campaign.minimumGroup(), campaign.method(), new Random(0)).overall().percent().orElseThrow();

            var part = SystemTasks.asSystem(() -> scorecards.scorecard(quarter)).scorecard()
                    .part(Part.COLLABORATION_SATISFACTION).orElseThrow();

            assertThat(part.figure().orElseThrow()).as(quarter.key()).isEqualByComparingTo(expected);
            figures.add(expected.toPlainString());
            assertThat(part.values()).singleElement().satisfies(value -> {
                assertThat(value.isManual()).as("not typed by hand").isFalse();
                var records = (Provenance.FromRecords) value.provenance();
                assertThat(records.source()).isEqualTo("survey");
                assertThat(records.evidence()).singleElement()
                        .satisfies(e -> assertThat(e.label()).isEqualTo(campaign.title().chinese()));
            });
        }
        assertThat(figures).as("the same answers on every start").containsExactly("86.5", "91.0", "85.8", "87.7");
    }

    @Test
    void a_surveyed_quarter_offers_no_hand_entry_and_one_without_a_campaign_still_does() {
        var lastSurveyed = DemoSurveys.closedQuarters(calendar.today()).getLast();
        // long past, so that no test's approval has frozen it
        var notSurveyedQuarter = new Period.Quarter(2004, 1);

        var surveyed = SystemTasks.asSystem(() -> scorecards.scorecard(lastSurveyed));
        var notSurveyed = SystemTasks.asSystem(() -> scorecards.scorecard(notSurveyedQuarter));

        assertThat(surveyed.editable()).isTrue();
        assertThat(surveyed.enterable(Part.COLLABORATION_SATISFACTION)).isFalse();
        assertThat(notSurveyed.enterable(Part.COLLABORATION_SATISFACTION)).isTrue();
    }

    @Test
    void the_results_show_a_department_below_the_standard_and_hide_one_below_the_minimum() {
        var lastSurveyed = DemoSurveys.closedQuarters(calendar.today()).getLast();
        var campaign = campaigns.ofQuarter(lastSurveyed).orElseThrow();

        var results = SystemTasks.asSystem(() -> queries.results(campaign.id()));

        assertThat(results.overall().isShown()).isTrue();
        assertThat(results.raterDepartment(department("SUPPLY_CHAIN")).orElseThrow().meets(STANDARD))
                .contains(false);
        assertThat(results.raterDepartment(department("HR")).orElseThrow().isShown()).isFalse();
        var value = SystemTasks.asSystem(() -> scorecards.scorecard(lastSurveyed)).scorecard()
                .part(Part.COLLABORATION_SATISFACTION).orElseThrow().values().getFirst();
        assertThat(((Provenance.FromRecords) value.provenance()).evidence().getFirst().link())
                .as("the drill-down leads to the campaign's results, never to a person")
                .contains("surveys/" + campaign.id() + "/results");
    }

    @Test
    void the_current_quarter_has_an_open_campaign_with_some_invitations_answered() {
        var today = calendar.today();
        var open = campaigns.ofQuarter(Period.quarterOf(today)).orElseThrow();

        assertThat(open.state()).isEqualTo(CampaignState.OPEN);
        assertThat(open.window().hasStarted(today)).isTrue();
        assertThat(open.window().hasEnded(today)).isFalse();
        long invited = invitations.invited(open.id()).values().stream().mapToLong(Long::longValue).sum();
        long used = submissions.answered(open.id()).values().stream().mapToLong(Long::longValue).sum();
        assertThat(used).isPositive().isLessThan(invited);
        assertThat(responses.count(open.id())).isEqualTo(used);
    }
}
