package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.StepAgreement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps a campaign lists are exactly the transitions that succeed, for every state, window, day and actor. */
class CampaignStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 20);
    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final List<DepartmentId> INVITED = List.of(DepartmentId.random(), DepartmentId.random());

    @Property
    void a_step_is_open_exactly_when_its_transition_succeeds(@ForAll("campaigns") Campaign campaign,
                                                             @ForAll("actors") Actor by,
                                                             @ForAll CampaignStep kind) {
        StepAgreement.assertAgrees(campaign.allowedSteps(by, TODAY), kind, () -> transition(campaign, by, kind));
    }

    @Property
    void only_a_manager_sees_a_blocked_step_and_only_schedule_on_a_draft_or_open_on_a_scheduled_campaign(
            @ForAll("campaigns") Campaign campaign, @ForAll("actors") Actor by) {
        assertThat(campaign.allowedSteps(by, TODAY).stream().filter(s -> !s.isOpen())).allSatisfy(step -> {
            assertThat(by.may(SurveyPermission.MANAGE)).isTrue();
            switch (step.kind()) {
                case SCHEDULE -> assertThat(campaign.state()).isEqualTo(CampaignState.DRAFT);
                case OPEN -> assertThat(campaign.state()).isEqualTo(CampaignState.SCHEDULED);
                default -> throw new AssertionError("blocked " + step);
            }
        });
    }

    @Property
    void nobody_without_a_survey_permission_is_offered_anything(@ForAll("campaigns") Campaign campaign) {
        for (var by : List.of(Actor.ANONYMOUS, Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD, Role.AUDITOR)))) {
            assertThat(campaign.allowedSteps(by, TODAY)).isEmpty();
        }
    }

    private static void transition(Campaign campaign, Actor by, CampaignStep kind) {
        long v = campaign.version();
        switch (kind) {
            case EDIT -> campaign.edit(by, new BilingualName("新标题", "New title"), campaign.quarter(),
                    new SurveyWindow(TODAY.plusDays(1), TODAY.plusDays(20)), Questionnaire.defaults(), INVITED,
                    RatingScope.MUTUAL, SatisfactionMethod.MEAN_SCALED, 5, OPERATIONS, TODAY, v);
            case SCHEDULE -> campaign.schedule(by, TODAY, v);
            case OPEN -> campaign.open(by, TODAY, v);
            case CLOSE -> campaign.close(by, TODAY, v);
            case CANCEL -> campaign.cancel(by, v);
            case INVITE, REMIND -> campaign.require(kind, by, TODAY);
        }
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        var opens = Arbitraries.integers().between(-15, 15).map(TODAY::plusDays);
        var lengths = Arbitraries.integers().between(0, 20);
        return Combinators.combine(Arbitraries.of(CampaignState.class), opens, lengths).as((state, first, days) ->
                Campaign.reconstitute(CampaignId.random(), new BilingualName("2026-Q3 满意度", "2026-Q3 survey"),
                        Optional.of(new Period.Quarter(2026, 3)), new SurveyWindow(first, first.plusDays(days)),
                        Questionnaire.defaults(), INVITED, RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX,
                        Campaign.DEFAULT_GROUP, state,
                        state == CampaignState.CLOSED ? Optional.of(first.plusDays(days)) : Optional.empty(),
                        "specialist", 4));
    }

    /** A user of each role, the scheduler, and nobody. */
    @Provide
    Arbitrary<Actor> actors() {
        var users = Arbitraries.of(Role.class).map(role -> Actor.user(role.name(), Set.of(role)));
        return Arbitraries.oneOf(users, Arbitraries.of(Actor.SCHEDULE, Actor.ANONYMOUS));
    }
}
