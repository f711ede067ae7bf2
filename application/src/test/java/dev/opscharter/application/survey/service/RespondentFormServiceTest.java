package dev.opscharter.application.survey.service;

import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.port.in.SubmitResponse.Outcome;
import dev.opscharter.application.survey.port.in.SurveyForm;
import dev.opscharter.application.survey.port.in.SurveyForm.RatedDepartment;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RespondentFormServiceTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final RespondentFormService forms = new RespondentFormService(survey.campaigns, survey.invitations,
            survey.unanswered(), survey.org.departments, survey.org.useCase);
    private final Campaign open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);

    @Test
    void an_open_link_shows_the_campaign_its_questionnaire_and_operations_in_the_invitations_language() {
        var token = invite(open, Language.EN);
        survey.org.actAs(Actor.ANONYMOUS); // nobody signs in for it

        var form = forms.form(token.value());

        assertThat(form).hasValueSatisfying(f -> {
            assertThat(f.title()).isEqualTo(open.title());
            assertThat(f.questionnaire()).isEqualTo(Questionnaire.defaults());
            assertThat(f.rated()).containsExactly(new RatedDepartment(survey.operations.id(),
                    survey.operations.name()));
            assertThat(f.language()).isEqualTo(Language.EN);
            assertThat(f.lastDay()).isEqualTo(SurveyFixture.WINDOW.closesOn());
        });
        assertThat(survey.org.auditLog.entries()).isEmpty();
        assertThat(survey.org.transactions.count()).isZero(); // read only: nothing written
    }

    @Test
    void in_a_mutual_survey_the_respondent_rates_operations_first_then_the_other_invited_departments() {
        var mutual = survey.campaign(RatingScope.MUTUAL, CampaignState.OPEN);
        var token = survey.invite(mutual, survey.hr);

        assertThat(forms.form(token.value())).map(SurveyForm::rated).hasValueSatisfying(rated ->
                assertThat(rated).extracting(RatedDepartment::id)
                        .containsExactly(survey.operations.id(), survey.finance.id(), survey.it.id()));
    }

    @Test
    void unknown_malformed_used_expired_and_closed_links_all_give_nothing() {
        var used = survey.invite(open, survey.finance);
        survey.responseService().submit(used.value(), survey.aboutOperations(4), Optional.empty());
        var expired = survey.invite(open, survey.hr);
        var scheduled = survey.invite(survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED), survey.it);
        var closed = survey.invite(survey.campaign(RatingScope.OPERATIONS, CampaignState.CLOSED), survey.it);

        assertThat(forms.form(InvitationToken.random().value())).isEmpty();
        assertThat(forms.form("not-a-token")).isEmpty();
        assertThat(forms.form("")).isEmpty();
        assertThat(forms.form(used.value())).isEmpty();
        assertThat(forms.form(scheduled.value())).isEmpty();
        assertThat(forms.form(closed.value())).isEmpty();
        assertThat(forms.form(expired.value())).isPresent();
        survey.org.clock.set(SurveyFixture.WINDOW.closesAt(survey.org.calendar.zone().get()));
        assertThat(forms.form(expired.value())).isEmpty();
    }

    @Test
    void a_link_shown_before_its_campaign_closed_gives_nothing_after() {
        var token = survey.invite(open, survey.hr);
        assertThat(forms.form(token.value())).isPresent();

        survey.campaigns.save(open.close(Actor.SCHEDULE, survey.org.calendar.today(), open.version()));

        assertThat(forms.form(token.value())).isEmpty();
    }

    @Test
    void a_form_that_is_shown_can_be_answered() {
        var token = survey.invite(open, survey.it);
        var form = forms.form(token.value()).orElseThrow();
        var answers = new LinkedHashMap<DepartmentId, Map<ItemCode, Integer>>();
        form.rated().forEach(d -> answers.put(d.id(), SurveyFixture.all(5)));

        assertThat(survey.responseService().submit(token.value(), answers, Optional.empty()))
                .isEqualTo(Outcome.RECORDED);
        assertThat(forms.form(token.value())).isEmpty();
    }

    private InvitationToken invite(Campaign campaign, Language language) {
        var token = InvitationToken.random();
        survey.invitations.addAll(List.of(Invitation.issue(campaign.id(), token, survey.finance.id(),
                Optional.empty(), Optional.of(new EmailAddress("someone-" + UUID.randomUUID() + "@corp.cn")), language)));
        return token;
    }
}
