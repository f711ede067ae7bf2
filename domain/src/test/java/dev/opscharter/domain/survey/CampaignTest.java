package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CampaignTest {

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final Actor LEAD = Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD));
    static final DepartmentId OPERATIONS = DepartmentId.random();
    static final DepartmentId FINANCE = DepartmentId.random();
    static final DepartmentId HR = DepartmentId.random();
    static final Period.Quarter Q3 = new Period.Quarter(2026, 3);
    static final SurveyWindow WINDOW = new SurveyWindow(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 30));
    static final LocalDate BEFORE = LocalDate.of(2026, 9, 1);
    static final LocalDate DURING = LocalDate.of(2026, 9, 20);
    static final LocalDate AFTER = LocalDate.of(2026, 10, 2);
    static final BilingualName TITLE = new BilingualName("2026-Q3 协作满意度调研", "2026-Q3 collaboration survey");

    static Campaign draft(Actor by) {
        return Campaign.create(TITLE, Optional.of(Q3), WINDOW, Questionnaire.defaults(), List.of(FINANCE, HR),
                RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP, OPERATIONS, by);
    }

    static Campaign scheduled() {
        return draft(SPECIALIST).schedule(MANAGER, BEFORE, 0);
    }

    static Campaign open() {
        return scheduled().open(Actor.SCHEDULE, WINDOW.opensOn(), 1);
    }

    static String refusal(ThrowingCallable action) {
        var refused = catchThrowableOfType(RuleViolation.class, action);
        assertThat(refused).as("expected a RuleViolation").isNotNull();
        return refused.messageKey();
    }

    static Campaign edited(Campaign campaign, Actor by, List<DepartmentId> invited, int minimum, LocalDate today) {
        return campaign.edit(by, TITLE, Optional.of(Q3), WINDOW, Questionnaire.defaults(), invited,
                RatingScope.MUTUAL, SatisfactionMethod.MEAN_SCALED, minimum, OPERATIONS, today, campaign.version());
    }

    @Nested
    class Creation {

        @Test
        void a_specialist_prepares_a_draft_that_remembers_who() {
            var campaign = draft(SPECIALIST);
            assertThat(campaign.state()).isEqualTo(CampaignState.DRAFT);
            assertThat(campaign.createdBy()).isEqualTo("specialist");
            assertThat(campaign.version()).isZero();
            assertThat(campaign.closedOn()).isEmpty();
            assertThat(campaign.minimumGroup()).isEqualTo(3);
        }

        @Test
        void a_department_lead_or_an_auditor_prepares_nothing() {
            assertThat(refusal(() -> draft(LEAD))).isEqualTo("rule.survey.campaign.prepare-only");
            assertThat(refusal(() -> draft(Actor.user("auditor", Set.of(Role.AUDITOR)))))
                    .isEqualTo("rule.survey.campaign.prepare-only");
            assertThat(refusal(() -> draft(Actor.ANONYMOUS))).isEqualTo("rule.survey.campaign.prepare-only");
        }

        @Test
        void at_least_one_department_each_once_and_never_operations_itself() {
            var draft = draft(MANAGER);
            assertRejected(() -> edited(draft, MANAGER, List.of(), 3, BEFORE), "departments",
                    "validation.survey.departments-required");
            assertRejected(() -> edited(draft, MANAGER, List.of(HR, HR), 3, BEFORE), "departments",
                    "validation.survey.department-duplicate");
            assertRejected(() -> edited(draft, MANAGER, List.of(HR, OPERATIONS), 3, BEFORE), "departments",
                    "validation.survey.operations-invited");
            assertRejected(() -> Campaign.create(TITLE, Optional.empty(), WINDOW, Questionnaire.defaults(),
                    List.of(OPERATIONS), RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, 3, OPERATIONS,
                    MANAGER), "departments", "validation.survey.operations-invited");
        }

        @Test
        void the_minimum_group_is_never_below_three_and_at_most_fifty() {
            var draft = draft(MANAGER);
            assertRejected(() -> edited(draft, MANAGER, List.of(HR), 2, BEFORE), "minimumGroup",
                    "validation.survey.minimum-group");
            assertRejected(() -> edited(draft, MANAGER, List.of(HR), 51, BEFORE), "minimumGroup",
                    "validation.survey.minimum-group");
            assertThat(edited(draft, MANAGER, List.of(HR), 50, BEFORE).minimumGroup()).isEqualTo(50);
        }

        @Test
        void the_pairs_follow_the_scope() {
            assertThat(draft(MANAGER).pairs(OPERATIONS)).containsExactly(new RatingScope.Pair(FINANCE, OPERATIONS),
                    new RatingScope.Pair(HR, OPERATIONS));
            assertThat(edited(draft(MANAGER), MANAGER, List.of(FINANCE, HR), 3, BEFORE).pairs(OPERATIONS))
                    .hasSize(4).contains(new RatingScope.Pair(FINANCE, HR), new RatingScope.Pair(HR, FINANCE));
        }
    }

    @Nested
    class Editing {

        @Test
        void a_specialist_edits_a_draft_keeping_the_version_they_loaded() {
            var draft = draft(SPECIALIST).withVersion(3);
            var changed = edited(draft, SPECIALIST, List.of(HR), 4, BEFORE);
            assertThat(changed.invited()).containsExactly(HR);
            assertThat(changed.scope()).isEqualTo(RatingScope.MUTUAL);
            assertThat(changed.method()).isEqualTo(SatisfactionMethod.MEAN_SCALED);
            assertThat(changed.minimumGroup()).isEqualTo(4);
            assertThat(changed.version()).isEqualTo(3);
            assertThat(changed.state()).isEqualTo(CampaignState.DRAFT);
        }

        @Test
        void once_scheduled_only_a_manager_or_director_changes_it_and_not_to_a_window_already_over() {
            var scheduled = scheduled();
            assertThat(refusal(() -> edited(scheduled, SPECIALIST, List.of(HR), 3, BEFORE)))
                    .isEqualTo("rule.survey.campaign.manage-only");
            assertThat(edited(scheduled, DIRECTOR, List.of(HR), 3, BEFORE).state()).isEqualTo(CampaignState.SCHEDULED);
            assertRejected(() -> edited(scheduled, MANAGER, List.of(HR), 3, AFTER), "closesOn",
                    "validation.survey.window-ended");
        }

        @Test
        void from_opening_on_the_questionnaire_is_frozen() {
            assertThat(refusal(() -> edited(open(), MANAGER, List.of(HR), 3, DURING)))
                    .isEqualTo("rule.survey.campaign.frozen");
            var closed = open().close(MANAGER, DURING, 2);
            assertThat(refusal(() -> edited(closed, MANAGER, List.of(HR), 3, DURING)))
                    .isEqualTo("rule.survey.campaign.frozen");
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void draft_scheduled_open_closed() {
            var scheduled = scheduled();
            assertThat(scheduled.state()).isEqualTo(CampaignState.SCHEDULED);
            var open = scheduled.open(Actor.SCHEDULE, WINDOW.opensOn(), 1);
            assertThat(open.state()).isEqualTo(CampaignState.OPEN);
            var closed = open.close(Actor.SCHEDULE, AFTER, 2);
            assertThat(closed.state()).isEqualTo(CampaignState.CLOSED);
            assertThat(closed.closedOn()).contains(WINDOW.closesOn());
            assertThat(closed.version()).isEqualTo(2);
        }

        @Test
        void only_a_manager_or_director_schedules_and_only_a_draft_whose_window_has_not_ended() {
            assertThat(refusal(() -> draft(SPECIALIST).schedule(SPECIALIST, BEFORE, 0)))
                    .isEqualTo("rule.survey.campaign.manage-only");
            assertThat(refusal(() -> scheduled().schedule(MANAGER, BEFORE, 1)))
                    .isEqualTo("rule.survey.campaign.schedule.not-draft");
            var late = catchThrowableOfType(RuleViolation.class, () -> draft(MANAGER).schedule(MANAGER, AFTER, 0));
            assertThat(late.messageKey()).isEqualTo("rule.survey.campaign.window-ended");
            assertThat(late.arguments()).containsExactly("2026-09-30");
            assertThat(draft(MANAGER).schedule(MANAGER, WINDOW.closesOn(), 0).state())
                    .isEqualTo(CampaignState.SCHEDULED);
        }

        @Test
        void the_window_is_the_rule_for_opening_not_before_its_first_day_not_after_its_last() {
            var early = catchThrowableOfType(RuleViolation.class, () -> scheduled().open(MANAGER, BEFORE, 1));
            assertThat(early.messageKey()).isEqualTo("rule.survey.campaign.open.not-yet");
            assertThat(early.arguments()).containsExactly("2026-09-15");
            assertThat(refusal(() -> scheduled().open(MANAGER, AFTER, 1)))
                    .isEqualTo("rule.survey.campaign.window-ended");
            assertThat(refusal(() -> draft(MANAGER).open(MANAGER, DURING, 0)))
                    .isEqualTo("rule.survey.campaign.open.not-scheduled");
            assertThat(scheduled().open(DIRECTOR, WINDOW.closesOn(), 1).state()).isEqualTo(CampaignState.OPEN);
        }

        @Test
        void a_manager_may_close_early_and_the_day_is_recorded() {
            var closed = open().close(MANAGER, DURING, 2);
            assertThat(closed.closedOn()).contains(DURING);
            assertThat(refusal(() -> open().close(SPECIALIST, DURING, 2)))
                    .isEqualTo("rule.survey.campaign.manage-only");
            assertThat(refusal(() -> scheduled().close(MANAGER, DURING, 1)))
                    .isEqualTo("rule.survey.campaign.close.not-open");
            assertThat(refusal(() -> closed.close(MANAGER, DURING, 3)))
                    .isEqualTo("rule.survey.campaign.close.not-open");
        }

        @Test
        void only_a_campaign_that_has_not_opened_is_cancelled() {
            assertThat(draft(MANAGER).cancel(MANAGER, 0).state()).isEqualTo(CampaignState.CANCELLED);
            assertThat(scheduled().cancel(DIRECTOR, 1).state()).isEqualTo(CampaignState.CANCELLED);
            assertThat(refusal(() -> open().cancel(MANAGER, 2))).isEqualTo("rule.survey.campaign.cancel.opened");
            assertThat(refusal(() -> draft(SPECIALIST).cancel(SPECIALIST, 0)))
                    .isEqualTo("rule.survey.campaign.manage-only");
        }

        @Test
        void invitations_go_out_for_a_scheduled_or_open_campaign_reminders_while_open() {
            scheduled().require(CampaignStep.INVITE, MANAGER, BEFORE);
            open().require(CampaignStep.INVITE, MANAGER, DURING);
            open().require(CampaignStep.REMIND, MANAGER, DURING);
            assertThat(refusal(() -> draft(MANAGER).require(CampaignStep.INVITE, MANAGER, BEFORE)))
                    .isEqualTo("rule.survey.campaign.invite.not-ready");
            assertThat(refusal(() -> scheduled().require(CampaignStep.REMIND, MANAGER, BEFORE)))
                    .isEqualTo("rule.survey.campaign.remind.not-open");
            assertThat(refusal(() -> open().require(CampaignStep.REMIND, MANAGER, AFTER)))
                    .isEqualTo("rule.survey.campaign.window-ended");
            assertThat(refusal(() -> open().require(CampaignStep.INVITE, SPECIALIST, DURING)))
                    .isEqualTo("rule.survey.campaign.manage-only");
        }

        @Test
        void answers_are_taken_while_open_and_inside_the_window_in_the_organization_zone() {
            var shanghai = ZoneId.of("Asia/Shanghai");
            var inside = Instant.parse("2026-09-20T02:00:00Z");
            var afterLastDay = Instant.parse("2026-09-30T16:00:00Z");
            assertThat(open().takesAnswersAt(inside, shanghai)).isTrue();
            assertThat(open().takesAnswersAt(afterLastDay, shanghai)).isFalse();
            assertThat(scheduled().takesAnswersAt(inside, shanghai)).isFalse();
            assertThat(open().close(MANAGER, DURING, 2).takesAnswersAt(inside, shanghai)).isFalse();
        }
    }

    @Nested
    class Steps {

        @Test
        void a_manager_sees_why_a_scheduled_campaign_cannot_open_yet() {
            assertThat(scheduled().allowedSteps(MANAGER, BEFORE)).contains(
                    Step.open(CampaignStep.EDIT), Step.open(CampaignStep.CANCEL), Step.open(CampaignStep.INVITE),
                    Step.blocked(CampaignStep.OPEN, Refusal.of("rule.survey.campaign.open.not-yet", "2026-09-15")));
        }

        @Test
        void a_specialist_may_only_edit_a_draft_and_a_lead_nothing() {
            assertThat(draft(SPECIALIST).allowedSteps(SPECIALIST, BEFORE))
                    .containsExactly(Step.open(CampaignStep.EDIT));
            assertThat(scheduled().allowedSteps(SPECIALIST, BEFORE)).isEmpty();
            assertThat(open().allowedSteps(LEAD, DURING)).isEmpty();
        }

        @Test
        void an_open_campaign_offers_close_invite_and_remind() {
            assertThat(open().allowedSteps(MANAGER, DURING)).extracting(Step::kind)
                    .containsExactly(CampaignStep.CLOSE, CampaignStep.INVITE, CampaignStep.REMIND);
        }
    }

    @Nested
    class NextQuarter {

        @Test
        void the_next_campaign_is_scheduled_with_the_same_settings_a_new_window_and_the_new_quarter_in_its_title() {
            var last = edited(draft(MANAGER), MANAGER, List.of(FINANCE, HR), 4, BEFORE)
                    .schedule(MANAGER, BEFORE, 0).open(MANAGER, DURING, 1).close(MANAGER, AFTER, 2);
            var window = new SurveyWindow(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 31));
            var next = Campaign.nextQuarter(last, Q3.next(), window);
            assertThat(next.id()).isNotEqualTo(last.id());
            assertThat(next.state()).isEqualTo(CampaignState.SCHEDULED);
            assertThat(next.quarter()).contains(new Period.Quarter(2026, 4));
            assertThat(next.window()).isEqualTo(window);
            assertThat(next.title())
                    .isEqualTo(new BilingualName("2026-Q4 协作满意度调研", "2026-Q4 collaboration survey"));
            assertThat(next.questionnaire()).isEqualTo(last.questionnaire());
            assertThat(next.invited()).isEqualTo(last.invited());
            assertThat(next.scope()).isEqualTo(RatingScope.MUTUAL);
            assertThat(next.method()).isEqualTo(SatisfactionMethod.MEAN_SCALED);
            assertThat(next.minimumGroup()).isEqualTo(4);
            assertThat(next.closedOn()).isEmpty();
            assertThat(next.createdBy()).isEqualTo("scheduled");
            assertThat(next.version()).isZero();
        }
    }
}
