package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.port.in.CampaignQueries.ResponseRate;
import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.CampaignStep;
import dev.opscharter.domain.survey.Disclosed.Hidden;
import dev.opscharter.domain.survey.Disclosed.Why;
import dev.opscharter.domain.survey.GroupResult;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.ResultGroup;
import dev.opscharter.domain.survey.SurveyResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.application.survey.SurveyFixture.all;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignServiceTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final CampaignService service = survey.campaignService();

    static Stream<Actor> preparers() {
        return Actors.eachOf(Role.OPS_SPECIALIST, Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notPreparers() {
        return Actors.allBut(Role.OPS_SPECIALIST, Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notManagers() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notReaders() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR,
                Role.DEPARTMENT_LEAD);
    }

    // ---- commands

    @ParameterizedTest
    @MethodSource("preparers")
    void specialists_managers_and_directors_prepare_a_draft_audited_once(Actor preparer) {
        survey.org.actAs(preparer);

        var id = service.create(RequestKey.fresh(), survey.draft(RatingScope.OPERATIONS));

        var stored = survey.campaigns.byId(id).orElseThrow();
        assertThat(stored.state()).isEqualTo(CampaignState.DRAFT);
        assertThat(stored.createdBy()).isEqualTo(preparer.name());
        assertThat(stored.version()).isEqualTo(1);
        assertEntry(survey.org.onlyAuditEntry(), CREATE, preparer.name(), "Campaign", id);
    }

    @Test
    void the_same_request_twice_creates_one_campaign() {
        survey.org.actAs("zhang.xiaoyu", Role.OPS_SPECIALIST);
        var request = RequestKey.fresh();

        var first = service.create(request, survey.draft(RatingScope.OPERATIONS));

        assertThat(service.create(request, survey.draft(RatingScope.OPERATIONS))).isEqualTo(first);
        assertThat(survey.campaigns.count(CampaignFilter.ALL)).isOne();
    }

    @ParameterizedTest
    @MethodSource("notPreparers")
    void nobody_else_prepares_a_campaign(Actor someone) {
        survey.org.actAs(someone);

        assertThatThrownBy(() -> service.create(RequestKey.fresh(), survey.draft(RatingScope.OPERATIONS)))
                .isInstanceOf(AccessDenied.class);
        assertThat(survey.campaigns.count(CampaignFilter.ALL)).isZero();
        assertThat(survey.org.auditLog.entries()).isEmpty();
    }

    @Test
    void operations_is_never_invited_it_is_rated() {
        survey.org.actAs("li.ming", Role.OPS_MANAGER);
        var draft = survey.draft(RatingScope.OPERATIONS);
        var withOperations = new CampaignDraft(
                draft.title(), draft.quarter(), draft.window(), draft.questionnaire(),
                List.of(survey.finance.id(), survey.operations.id()), draft.scope(), draft.method(),
                draft.minimumGroup());

        assertThatThrownBy(() -> service.create(RequestKey.fresh(), withOperations))
                .hasMessageContaining("departments");
        assertThat(survey.campaigns.count(CampaignFilter.ALL)).isZero();
    }

    @Test
    void a_manager_schedules_opens_and_closes_each_step_audited_with_the_state_it_changed() {
        survey.org.actAs("li.ming", Role.OPS_MANAGER);
        var id = service.create(RequestKey.fresh(), survey.draft(RatingScope.OPERATIONS));

        service.schedule(id, 1);
        service.open(id, 2);
        service.close(id, 3);

        var stored = survey.campaigns.byId(id).orElseThrow();
        assertThat(stored.state()).isEqualTo(CampaignState.CLOSED);
        assertThat(stored.closedOn()).contains(survey.org.calendar.today());
        var entries = survey.org.auditLog.entries();
        assertThat(entries).hasSize(4);
        assertEntry(entries.get(1), UPDATE, "li.ming", "Campaign", id);
        assertThat(entries.get(1).changes()).contains(new FieldChange("state", "DRAFT", "SCHEDULED"));
        assertThat(entries.get(2).changes()).contains(new FieldChange("state", "SCHEDULED", "OPEN"));
        assertThat(entries.get(3).changes()).contains(new FieldChange("state", "OPEN", "CLOSED"));
    }

    @ParameterizedTest
    @MethodSource("notManagers")
    void only_managers_and_directors_schedule_open_close_and_cancel(Actor someone) {
        var draft = survey.campaign(RatingScope.OPERATIONS, CampaignState.DRAFT);
        var scheduled = survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED);
        var open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);
        survey.org.actAs(someone);

        assertThatThrownBy(() -> service.schedule(draft.id(), 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.open(scheduled.id(), 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.close(open.id(), 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.cancel(draft.id(), 1)).isInstanceOf(AccessDenied.class);
        assertThat(survey.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_specialist_edits_a_draft_but_not_a_scheduled_campaign() {
        var draft = survey.campaign(RatingScope.OPERATIONS, CampaignState.DRAFT);
        var scheduled = survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED);
        survey.org.actAs("zhang.xiaoyu", Role.OPS_SPECIALIST);

        service.edit(draft.id(), survey.draft(RatingScope.MUTUAL), 1);

        assertThat(survey.campaigns.byId(draft.id()).orElseThrow().scope()).isEqualTo(RatingScope.MUTUAL);
        assertThatThrownBy(() -> service.edit(scheduled.id(), survey.draft(RatingScope.MUTUAL), 1))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_open_campaigns_questionnaire_is_frozen_and_an_opened_one_is_closed_not_cancelled() {
        var open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);
        survey.org.actAs("li.ming", Role.OPS_MANAGER);

        assertThatThrownBy(() -> service.edit(open.id(), survey.draft(RatingScope.MUTUAL), 1))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> service.cancel(open.id(), 1)).isInstanceOf(RuleViolation.class);
        assertThat(survey.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_step_on_a_version_the_user_did_not_see_is_refused_before_the_rule() {
        var draft = survey.campaign(RatingScope.OPERATIONS, CampaignState.DRAFT);
        survey.org.actAs("li.ming", Role.OPS_MANAGER);
        service.schedule(draft.id(), 1);

        assertThatThrownBy(() -> service.cancel(draft.id(), 1)).isInstanceOf(ConcurrentModification.class);
    }

    // ---- queries

    @Test
    void the_detail_shows_each_role_its_steps_for_today() {
        var scheduled = survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED);

        survey.org.actAs("li.ming", Role.OPS_MANAGER);
        assertThat(service.detail(scheduled.id()).step(CampaignStep.OPEN)).get().satisfies(s ->
                assertThat(s.isOpen()).isTrue());
        survey.org.actAs("zhang.xiaoyu", Role.OPS_SPECIALIST);
        assertThat(service.detail(scheduled.id()).steps()).extracting(Step::kind).doesNotContain(CampaignStep.OPEN,
                CampaignStep.CANCEL, CampaignStep.EDIT);
        survey.org.actAs("auditor", Role.AUDITOR);
        assertThat(service.detail(scheduled.id()).steps()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("notReaders")
    void nobody_else_reads_campaigns(Actor someone) {
        var open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);
        survey.org.actAs(someone);

        assertThatThrownBy(() -> service.page(CampaignFilter.ALL, PageRequest.first(10)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.results(open.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_list_pages_by_state() {
        survey.campaign(RatingScope.OPERATIONS, CampaignState.DRAFT);
        var open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);
        survey.org.actAs("auditor", Role.AUDITOR);

        var filter = new CampaignFilter(Optional.of(CampaignState.OPEN));

        assertThat(service.page(filter, PageRequest.first(10))).extracting(Campaign::id).containsExactly(open.id());
        assertThat(service.count(CampaignFilter.ALL)).isEqualTo(2);
    }

    @Test
    void the_manager_sees_the_response_rate_of_every_invited_department_even_before_anyone_is_invited() {
        var open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);
        survey.invite(open, survey.finance);
        var answered = survey.invite(open, survey.finance);
        survey.invite(open, survey.hr);
        survey.responseService().submit(answered.value(), survey.aboutOperations(4), Optional.empty());
        survey.org.actAs("li.ming", Role.OPS_MANAGER);

        assertThat(service.responseRates(open.id())).containsExactly(
                new ResponseRate(survey.finance.id(), 2, 1),
                new ResponseRate(survey.hr.id(), 1, 0),
                new ResponseRate(survey.it.id(), 0, 0));
        assertThat(service.responseRates(open.id()).getFirst().percent()).contains(new BigDecimal("50.0"));
        assertThat(service.responseRates(open.id()).getLast().percent()).isEmpty();
        survey.org.actAs("zhang.xiaoyu", Role.OPS_SPECIALIST);
        assertThatThrownBy(() -> service.responseRates(open.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void results_list_every_department_a_department_without_responses_as_too_few() {
        var open = answered(RatingScope.OPERATIONS, Map.of("FINANCE", 3, "HR", 4));
        survey.org.actAs("li.ming", Role.OPS_MANAGER);

        var results = service.results(open.id());

        assertThat(results.overall().respondents()).contains(7);
        assertThat(results.raters().groups()).extracting(GroupResult::group).containsExactly(
                new ResultGroup.RaterDepartment(survey.finance.id()), new ResultGroup.RaterDepartment(survey.hr.id()),
                new ResultGroup.RaterDepartment(survey.it.id()));
        assertThat(results.raterDepartment(survey.finance.id()).flatMap(GroupResult::respondents)).contains(3);
        assertThat(results.raterDepartment(survey.it.id()).map(GroupResult::figure))
                .contains(new Hidden<>(3, Why.FEWER_THAN_MINIMUM));
        assertThat(results.ratedDepartment(survey.operations.id()).flatMap(GroupResult::percent))
                .contains(new BigDecimal("100.0"));
    }

    @Test
    void a_department_lead_sees_the_overall_and_only_their_own_department() {
        var open = answered(RatingScope.OPERATIONS, Map.of("FINANCE", 3, "HR", 4, "IT", 3));
        actAsLeadOf(survey.hr, "wang.fang");

        var results = service.results(open.id());

        assertThat(results.overall().respondents()).contains(10);
        assertThat(results.raters().groups()).extracting(GroupResult::group)
                .containsExactly(new ResultGroup.RaterDepartment(survey.hr.id()));
        assertThat(results.raters().others()).isEmpty();
        assertThat(results.rated().groups()).isEmpty();
        assertThat(results.items()).isEmpty();
        assertThat(results.comments()).isEmpty();
    }

    @Test
    void a_lead_of_a_rated_department_sees_its_figure_items_and_comments_and_no_other() {
        var open = answered(RatingScope.MUTUAL, Map.of("FINANCE", 3, "HR", 3, "IT", 3));
        actAsLeadOf(survey.finance, "chen.jing");

        var results = service.results(open.id());

        assertThat(results.rated().groups()).extracting(GroupResult::group)
                .containsExactly(new ResultGroup.RatedDepartment(survey.finance.id()));
        assertThat(results.items().keySet()).containsExactly(survey.finance.id());
        assertThat(results.comments().keySet()).containsExactly(survey.finance.id());
    }

    @Test
    void a_lead_without_a_person_record_sees_only_the_overall() {
        var open = answered(RatingScope.OPERATIONS, Map.of("FINANCE", 3));
        survey.org.actAs("stranger", Role.DEPARTMENT_LEAD);

        var results = service.results(open.id());

        assertThat(results.rated().groups()).isEmpty();
        assertThat(results.raters().groups()).isEmpty();
    }

    @Test
    void a_lead_who_also_manages_sees_everything() {
        var open = answered(RatingScope.OPERATIONS, Map.of("FINANCE", 3, "HR", 3));
        survey.org.actAs("both", Role.DEPARTMENT_LEAD, Role.OPS_MANAGER);

        assertThat(service.results(open.id()).raters().groups()).hasSize(3);
    }

    @Test
    void in_a_mutual_survey_the_rating_departments_are_broken_down_when_nothing_small_follows_from_it() {
        var open = answered(RatingScope.MUTUAL, Map.of("FINANCE", 4, "HR", 4, "IT", 4));
        survey.org.actAs("li.ming", Role.OPS_MANAGER);

        SurveyResults results = service.results(open.id());

        // every respondent rated every department they rate: no pair is smaller than its rater department
        assertThat(results.raters().shown()).extracting(GroupResult::respondents)
                .containsExactly(Optional.of(4), Optional.of(4), Optional.of(4));
        assertThat(results.raters().others()).isEmpty();
        assertThat(results.ratedDepartment(survey.operations.id()).flatMap(GroupResult::respondents)).contains(12);
        assertThat(results.rated().groups()).hasSize(4);
    }

    /** A department lead with a person record in {@code department} and an account {@code username}. */
    private void actAsLeadOf(Department department, String username) {
        var lead = survey.org.person(username.replace('.', ' '), department).roles(Role.DEPARTMENT_LEAD).save();
        survey.org.account(lead, username);
        survey.org.actAs(username, Role.DEPARTMENT_LEAD);
    }

    /** An open campaign with so many respondents per invited department (by code), each answering 4 or 5. */
    private Campaign answered(RatingScope scope, Map<String, Integer> respondents) {
        var campaign = survey.campaign(scope, CampaignState.OPEN);
        var submit = survey.responseService();
        var byCode = Map.of("FINANCE", survey.finance, "HR", survey.hr, "IT", survey.it);
        respondents.forEach((code, count) -> {
            var department = byCode.get(code);
            for (int i = 0; i < count; i++) {
                var token = survey.invite(campaign, department);
                var answers = new HashMap<DepartmentId, Map<ItemCode, Integer>>();
                var scores = all(4 + i % 2);
                scope.ratedBy(department.id(), campaign.invited(), survey.operations.id())
                        .forEach(rated -> answers.put(rated, scores));
                submit.submit(token.value(), answers, Optional.of(code + " comment " + i));
            }
        });
        return campaign;
    }
}
