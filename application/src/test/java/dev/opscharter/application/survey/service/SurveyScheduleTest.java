package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.port.in.RunSurveySchedule.Result;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quarterly schedule on the fakes, with the fixture's clock moved to the days that matter. */
class SurveyScheduleTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final Period.Quarter Q3 = new Period.Quarter(2026, 3);
    /** Shanghai is UTC+8: 16:00 UTC is the next day's midnight there. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SurveyFixture survey = new SurveyFixture();
    private final SurveySchedule schedule = new SurveySchedule(survey.campaigns, survey.org.useCase);
    private Campaign template;

    @BeforeEach
    void a_closed_first_quarter_campaign_and_the_scheduler_acting() {
        survey.org.timeZone(SHANGHAI);
        var draft = Campaign.create(new BilingualName("2026-Q1 协作满意度调研", "2026-Q1 collaboration survey"),
                Optional.of(Q1), new SurveyWindow(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 31)),
                Questionnaire.defaults(), List.of(survey.finance.id(), survey.hr.id()), RatingScope.MUTUAL,
                SatisfactionMethod.MEAN_SCALED, 4, survey.operations.id(), Actor.SYSTEM);
        template = survey.campaigns.save(Campaign.reconstitute(draft.id(), draft.title(), draft.quarter(),
                draft.window(), draft.questionnaire(), draft.invited(), draft.scope(), draft.method(),
                draft.minimumGroup(), CampaignState.CLOSED, Optional.of(LocalDate.of(2026, 3, 31)), "manager", 0));
        survey.org.actAs(Actor.SCHEDULE);
    }

    private Result runAt(String instant) {
        survey.org.clock.set(Instant.parse(instant));
        return schedule.run();
    }

    private Campaign of(Period.Quarter quarter) {
        return survey.campaigns.ofQuarter(quarter).orElseThrow();
    }

    private long stored() {
        return survey.campaigns.count(CampaignFilter.ALL);
    }

    @Test
    void makes_the_current_quarters_campaign_from_the_last_one_once_for_its_last_two_weeks() {
        assertThat(runAt("2026-05-14T02:00:00Z")).isEqualTo(new Result(1, 0, 0));
        assertThat(runAt("2026-05-14T09:00:00Z")).as("the same day again").isEqualTo(new Result(0, 0, 0));
        assertThat(runAt("2026-05-15T02:00:00Z")).as("the next day").isEqualTo(new Result(0, 0, 0));

        assertThat(stored()).isEqualTo(2);
        var next = of(Q2);
        assertThat(next.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(next.window()).isEqualTo(new SurveyWindow(LocalDate.of(2026, 6, 17), LocalDate.of(2026, 6, 30)));
        assertThat(next.title()).isEqualTo(new BilingualName("2026-Q2 协作满意度调研", "2026-Q2 collaboration survey"));
        assertThat(next.questionnaire()).isEqualTo(template.questionnaire());
        assertThat(next.invited()).isEqualTo(template.invited());
        assertThat(next.scope()).isEqualTo(RatingScope.MUTUAL);
        assertThat(next.method()).isEqualTo(SatisfactionMethod.MEAN_SCALED);
        assertThat(next.minimumGroup()).isEqualTo(4);
        assertThat(next.createdBy()).isEqualTo("scheduled");
        assertThat(survey.org.auditLog.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(CREATE);
            assertThat(entry.actor()).isEqualTo("scheduled");
            assertThat(entry.entityId()).isEqualTo(next.id().toString());
        });
    }

    @Test
    void opens_on_the_first_day_of_the_window_in_the_organization_time_zone() {
        runAt("2026-05-14T02:00:00Z");

        assertThat(runAt("2026-06-16T15:59:59Z")).as("23:59:59 on 16 June in Shanghai").isEqualTo(new Result(0, 0, 0));
        assertThat(of(Q2).state()).isEqualTo(CampaignState.SCHEDULED);

        assertThat(runAt("2026-06-16T16:00:00Z")).as("midnight of 17 June in Shanghai").isEqualTo(new Result(0, 1, 0));
        assertThat(of(Q2).state()).isEqualTo(CampaignState.OPEN);
        assertThat(runAt("2026-06-17T01:00:00Z")).as("a rerun").isEqualTo(new Result(0, 0, 0));
    }

    @Test
    void closes_after_the_last_day_of_the_window_counting_for_its_quarter_and_makes_the_next_one() {
        runAt("2026-05-14T02:00:00Z");
        runAt("2026-06-17T01:00:00Z");

        assertThat(runAt("2026-06-30T15:59:59Z")).as("still 30 June in Shanghai").isEqualTo(new Result(0, 0, 0));
        assertThat(of(Q2).state()).isEqualTo(CampaignState.OPEN);

        assertThat(runAt("2026-06-30T16:00:00Z")).as("1 July in Shanghai, 30 June in UTC")
                .isEqualTo(new Result(1, 0, 1));
        var closed = of(Q2);
        assertThat(closed.state()).isEqualTo(CampaignState.CLOSED);
        assertThat(closed.closedOn()).contains(LocalDate.of(2026, 6, 30));
        assertThat(survey.campaigns.closedIn(Q2)).extracting(Campaign::id).containsExactly(closed.id());
        assertThat(of(Q3).window()).isEqualTo(new SurveyWindow(LocalDate.of(2026, 9, 17), LocalDate.of(2026, 9, 30)));
        assertThat(of(Q3).title().english()).isEqualTo("2026-Q3 collaboration survey");

        assertThat(runAt("2026-07-01T02:00:00Z")).as("a rerun").isEqualTo(new Result(0, 0, 0));
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void in_utc_the_quarter_ends_eight_hours_later() {
        survey.org.timeZone(ZoneOffset.UTC);
        runAt("2026-05-14T02:00:00Z");
        runAt("2026-06-17T01:00:00Z");

        assertThat(runAt("2026-06-30T16:00:00Z")).as("still 30 June in UTC").isEqualTo(new Result(0, 0, 0));
        assertThat(of(Q2).state()).isEqualTo(CampaignState.OPEN);
        assertThat(survey.campaigns.ofQuarter(Q3)).isEmpty();

        assertThat(runAt("2026-07-01T00:00:00Z")).isEqualTo(new Result(1, 0, 1));
        assertThat(of(Q2).closedOn()).contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    void a_quarter_whose_campaign_was_cancelled_gets_no_other() {
        runAt("2026-05-14T02:00:00Z");
        var made = of(Q2);
        survey.campaigns.save(made.cancel(Actor.SCHEDULE, made.version()));

        assertThat(runAt("2026-05-15T02:00:00Z")).isEqualTo(new Result(0, 0, 0));
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void without_an_earlier_quarterly_campaign_nothing_is_made() {
        var empty = new SurveyFixture();
        empty.org.actAs(Actor.SCHEDULE);
        assertThat(new SurveySchedule(empty.campaigns, empty.org.useCase).run()).isEqualTo(new Result(0, 0, 0));
        assertThat(empty.campaigns.count(CampaignFilter.ALL)).isZero();
    }

    @Test
    void two_runs_at_once_make_the_quarters_campaign_once() {
        // the other run has not committed yet: both see no campaign for the quarter
        var blind = new Delegating(survey.campaigns) {
            @Override
            public Optional<Campaign> ofQuarter(Period.Quarter quarter) {
                return quarter.equals(Q2) ? Optional.empty() : super.ofQuarter(quarter);
            }

            @Override
            public Optional<Campaign> latestQuarterly() {
                return super.ofQuarter(Q1);
            }
        };
        survey.org.clock.set(Instant.parse("2026-05-14T02:00:00Z"));

        var first = new SurveySchedule(blind, survey.org.useCase).run();
        var second = new SurveySchedule(blind, survey.org.useCase).run();

        assertThat(first.created()).isEqualTo(1);
        assertThat(second.created()).as("the second insert of the same id is refused").isZero();
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void a_campaign_opened_meanwhile_is_left_to_the_other_run() {
        runAt("2026-05-14T02:00:00Z");
        var read = of(Q2);
        survey.org.clock.set(Instant.parse("2026-06-17T01:00:00Z"));
        // another run (or a manager) opened it after this run read it
        var stale = new Delegating(survey.campaigns) {
            @Override
            public List<Campaign> due(CampaignState state, LocalDate day) {
                return state == CampaignState.SCHEDULED ? List.of(read) : super.due(state, day);
            }
        };
        survey.campaigns.save(read.open(Actor.SCHEDULE, LocalDate.of(2026, 6, 17), read.version()));

        assertThat(new SurveySchedule(stale, survey.org.useCase).run()).isEqualTo(new Result(0, 0, 0));
        assertThat(of(Q2).version()).isEqualTo(read.version() + 1);
    }

    @Test
    void a_scheduled_campaign_whose_window_passed_unopened_is_left_for_the_manager() {
        runAt("2026-05-14T02:00:00Z");
        assertThat(runAt("2026-07-02T02:00:00Z")).as("the schedule did not run in the window")
                .isEqualTo(new Result(1, 0, 0));
        assertThat(of(Q2).state()).isEqualTo(CampaignState.SCHEDULED);
    }

    @Test
    void only_the_scheduler_runs_it() {
        survey.org.actAs(Actor.user("manager", java.util.Set.of(Role.OPS_MANAGER)));
        assertThatThrownBy(schedule::run).isInstanceOf(AccessDenied.class);
        assertThat(stored()).isEqualTo(1);
    }

    /** The store as it is; a test overrides what another run has not committed yet, or changed meanwhile. */
    private static class Delegating implements Campaigns {
        private final Campaigns store;

        Delegating(Campaigns store) {
            this.store = store;
        }

        @Override
        public Campaign save(Campaign campaign) {
            return store.save(campaign);
        }

        @Override
        public Optional<Campaign> byId(CampaignId id) {
            return store.byId(id);
        }

        @Override
        public Optional<Long> version(CampaignId id) {
            return store.version(id);
        }

        @Override
        public List<Campaign> page(CampaignFilter filter, PageRequest page) {
            return store.page(filter, page);
        }

        @Override
        public long count(CampaignFilter filter) {
            return store.count(filter);
        }

        @Override
        public Optional<Campaign> ofQuarter(Period.Quarter quarter) {
            return store.ofQuarter(quarter);
        }

        @Override
        public Optional<Campaign> latestQuarterly() {
            return store.latestQuarterly();
        }

        @Override
        public List<Campaign> due(CampaignState state, LocalDate day) {
            return store.due(state, day);
        }

        @Override
        public List<Campaign> closedIn(Period.Quarter quarter) {
            return store.closedIn(quarter);
        }
    }
}
