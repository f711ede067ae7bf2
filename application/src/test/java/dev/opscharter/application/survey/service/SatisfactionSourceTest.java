package dev.opscharter.application.survey.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.appraisal.service.AppraisalService;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SubmissionGuard;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.application.survey.SurveyFixture.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The scorecard's collaboration satisfaction from closed campaigns, on the survey fakes. */
class SatisfactionSourceTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SurveyFixture survey = new SurveyFixture();
    private final SatisfactionSource source = new SatisfactionSource(survey.campaigns, survey.invitations,
            survey.submissions, survey.responses, survey.org.departments);

    /** A campaign closed on the last day of Q1, {@code quarterly} or ad hoc. */
    private Campaign closed(SatisfactionMethod method, boolean quarterly) {
        var draft = Campaign.create(new BilingualName("2026-Q1 协作满意度", "2026-Q1 collaboration"),
                quarterly ? Optional.of(Q1) : Optional.empty(),
                new SurveyWindow(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 31)), Questionnaire.defaults(),
                List.of(survey.finance.id(), survey.hr.id()), RatingScope.OPERATIONS, method, Campaign.DEFAULT_GROUP,
                survey.operations.id(), Actor.SYSTEM);
        return survey.campaigns.save(Campaign.reconstitute(draft.id(), draft.title(), draft.quarter(),
                draft.window(), draft.questionnaire(), draft.invited(), draft.scope(), draft.method(),
                draft.minimumGroup(), CampaignState.CLOSED, Optional.of(LocalDate.of(2026, 3, 31)), "manager", 0));
    }

    /** One respondent of {@code department} who answered every item with {@code score}, its guard added. */
    private void answered(Campaign campaign, Department department, int score) {
        var invitation = invited(campaign, department);
        survey.submissions.add(SubmissionGuard.of(survey.key, invitation.id()), campaign.id(), department.id());
        survey.responses.addAll(List.of(new Response(UUID.randomUUID(), campaign.id(), department.id(),
                survey.operations.id(), all(score), Optional.empty(), LocalDate.of(2026, 3, 20))));
    }

    private Invitation invited(Campaign campaign, Department department) {
        var invitation = Invitation.issue(campaign.id(), InvitationToken.random(), department.id(), Optional.empty(),
                Optional.of(new EmailAddress("someone-" + UUID.randomUUID() + "@corp.cn")), Language.ZH_CN);
        survey.invitations.addAll(List.of(invitation));
        return invitation;
    }

    private Campaign answeredFiveFourThreeTwo(SatisfactionMethod method) {
        var campaign = closed(method, true);
        answered(campaign, survey.finance, 5);
        answered(campaign, survey.finance, 4);
        answered(campaign, survey.hr, 3);
        answered(campaign, survey.hr, 2);
        invited(campaign, survey.hr);
        return campaign;
    }

    private PartValue value(Period period) {
        return source.valueOf(Part.COLLABORATION_SATISFACTION, period, ZONE).orElseThrow();
    }

    @Test
    void share_of_answers_four_and_five_of_the_quarters_campaign() {
        var campaign = answeredFiveFourThreeTwo(SatisfactionMethod.TOP_TWO_BOX);

        var value = value(Q1);

        assertThat(value.measurement()).isEqualTo(new Measurement.Amount(new BigDecimal("50.0")));
        assertThat(value.provenance()).isInstanceOfSatisfying(Provenance.FromRecords.class, records -> {
            assertThat(records.source()).isEqualTo("survey");
            assertThat(records.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.label()).isEqualTo("2026-Q1 协作满意度");
                assertThat(evidence.detailKey()).isEqualTo("evidence.survey.top-two-box");
                assertThat(evidence.arguments()).containsExactly("2026-Q1 collaboration", "4", "5", "80.0");
                assertThat(evidence.link()).contains("surveys/" + campaign.id() + "/results");
            });
        });
    }

    @Test
    void mean_score_mapped_to_a_percentage() {
        answeredFiveFourThreeTwo(SatisfactionMethod.MEAN_SCALED);

        var value = value(Q1);

        assertThat(value.measurement()).isEqualTo(new Measurement.Amount(new BigDecimal("62.5")));
        assertThat(((Provenance.FromRecords) value.provenance()).evidence().getFirst().detailKey())
                .isEqualTo("evidence.survey.mean-scaled");
    }

    @Test
    void a_quarter_the_campaign_did_not_close_in_has_no_value_from_it() {
        answeredFiveFourThreeTwo(SatisfactionMethod.TOP_TWO_BOX);

        assertThat(source.valueOf(Part.COLLABORATION_SATISFACTION, Q2, ZONE)).isEmpty();
        assertThat(source.valueOf(Part.COLLABORATION_SATISFACTION, new Period.Year(2026), ZONE)).isEmpty();
        assertThat(source.valueOf(Part.CUSTOMER_SATISFACTION, Q1, ZONE)).isEmpty();
    }

    @Test
    void below_the_minimum_the_quarter_has_a_value_without_a_figure_saying_why() {
        var campaign = closed(SatisfactionMethod.TOP_TWO_BOX, true);
        answered(campaign, survey.finance, 5);
        answered(campaign, survey.hr, 1);

        var value = value(Q1);

        assertThat(value.measurement().figure()).as("hidden, never a number").isEmpty();
        var evidence = ((Provenance.FromRecords) value.provenance()).evidence();
        assertThat(evidence).hasSize(2);
        assertThat(evidence.getLast().detailKey()).isEqualTo("evidence.survey.hidden");
        assertThat(evidence.getLast().arguments()).containsExactly("3");
    }

    @Test
    void ad_hoc_campaigns_do_not_count() {
        var adHoc = closed(SatisfactionMethod.TOP_TWO_BOX, false);
        for (int score = 1; score <= 5; score++) {
            answered(adHoc, survey.finance, score);
        }

        assertThat(source.valueOf(Part.COLLABORATION_SATISFACTION, Q1, ZONE)).isEmpty();
    }

    @Test
    void two_quarterly_campaigns_closed_in_one_quarter_are_pooled() {
        var first = closed(SatisfactionMethod.TOP_TWO_BOX, true);
        answered(first, survey.finance, 5);
        answered(first, survey.finance, 5);
        var second = closed(SatisfactionMethod.TOP_TWO_BOX, true);
        answered(second, survey.hr, 2);
        answered(second, survey.hr, 2);

        var value = value(Q1);

        assertThat(value.measurement()).as("each campaign alone is below the minimum; together 2 of 4")
                .isEqualTo(new Measurement.Amount(new BigDecimal("50.0")));
        assertThat(((Provenance.FromRecords) value.provenance()).evidence()).extracting(e -> e.link().orElseThrow())
                .containsExactlyInAnyOrder(SatisfactionSource.resultsRoute(first),
                        SatisfactionSource.resultsRoute(second));
    }

    @Test
    void a_quarter_with_a_campaign_is_not_entered_by_hand_and_one_without_is() {
        answeredFiveFourThreeTwo(SatisfactionMethod.TOP_TWO_BOX);
        var appraisal = new AppraisalFixture();
        var service = new AppraisalService(new ArrayList<>(List.of(appraisal.retention, source)),
                appraisal.manualEntries, appraisal.standards, appraisal.approvals, appraisal.attachments,
                appraisal.renderer, () -> Map.of(), appraisal.org.useCase);

        assertThat(service.scorecard(Q1).enterable(Part.COLLABORATION_SATISFACTION)).as("the screens offer no field")
                .isFalse();
        assertThat(service.scorecard(Q2).enterable(Part.COLLABORATION_SATISFACTION)).isTrue();
        var refusal = catchThrowableOfType(RuleViolation.class, () -> service.enter(Part.COLLABORATION_SATISFACTION,
                Q1, new Measurement.Amount(new BigDecimal("90")), "from the survey tool", Optional.empty(), 0));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("rule.figure.from-records");

        service.enter(Part.COLLABORATION_SATISFACTION, Q2, new Measurement.Amount(new BigDecimal("90")),
                "no campaign this quarter", Optional.empty(), 0);
        assertThat(appraisal.manualEntries.all()).singleElement()
                .satisfies(entry -> assertThat(entry.period()).isEqualTo(Q2));
    }
}
