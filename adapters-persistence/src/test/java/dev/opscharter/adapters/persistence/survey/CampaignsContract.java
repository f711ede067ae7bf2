package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.IT;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.MANAGER;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.OPERATIONS;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.draft;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.inState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Campaigns} does, the in-memory fake as much as the PostgreSQL adapter. The store
 * may hold other tests' campaigns: each test uses quarters and days of its own and looks for its own
 * campaigns in what the store answers.
 */
abstract class CampaignsContract {

    protected abstract Campaigns campaigns();

    @Test
    void a_new_campaign_is_stored_as_version_1_with_its_questionnaire_and_departments_in_order() {
        var draft = draft(new Period.Quarter(2031, 2));

        var saved = campaigns().save(draft);

        assertThat(saved).isEqualTo(draft.withVersion(1));
        assertThat(campaigns().byId(draft.id())).contains(saved);
        var loaded = campaigns().byId(draft.id()).orElseThrow();
        assertThat(loaded.questionnaire().codes()).extracting(ItemCode::value)
                .containsExactly("RESPONSIVENESS", "EXTRA_HELP", "COMMUNICATION");
        assertThat(loaded.questionnaire().items()).extracting(LikertItem::required).containsExactly(true, false, true);
        assertThat(loaded.invited()).isEqualTo(draft.invited());
    }

    @Test
    void the_version_alone_is_the_stored_one_s() {
        var saved = campaigns().save(draft(new Period.Quarter(2032, 1)));
        assertThat(campaigns().version(saved.id())).contains(1L);

        var scheduled = campaigns().save(saved.schedule(MANAGER, LocalDate.of(2031, 12, 1), saved.version()));

        assertThat(campaigns().version(saved.id())).contains(scheduled.version()).contains(2L);
        assertThat(campaigns().version(CampaignId.random())).isEmpty();
    }

    @Test
    void an_ad_hoc_campaign_has_no_quarter() {
        var draft = draft(Optional.empty(), new SurveyWindow(LocalDate.of(2031, 5, 3), LocalDate.of(2031, 5, 3)));

        campaigns().save(draft);

        assertThat(campaigns().byId(draft.id()).orElseThrow().quarter()).isEmpty();
    }

    @Test
    void an_edit_replaces_the_questionnaire_and_departments_and_a_stale_version_is_refused() {
        var quarter = new Period.Quarter(2031, 3);
        var saved = campaigns().save(draft(quarter));
        var today = quarter.firstDay().minusDays(10);
        var questionnaire = Questionnaire.defaults();
        var edited = saved.edit(MANAGER, new BilingualName("改过的", "Edited"), Optional.of(quarter), saved.window(),
                questionnaire, List.of(IT, SALES), RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, 3,
                OPERATIONS, today, saved.version());

        var stored = campaigns().save(edited);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(campaigns().byId(saved.id())).contains(stored);
        assertThat(stored.questionnaire()).isEqualTo(questionnaire);
        assertThat(stored.invited()).containsExactly(IT, SALES);
        assertThatThrownBy(() -> campaigns().save(saved.schedule(MANAGER, today, saved.version())))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void saving_a_new_campaign_twice_is_a_concurrent_modification() {
        var draft = draft(new Period.Quarter(2031, 4));
        campaigns().save(draft);

        assertThatThrownBy(() -> campaigns().save(draft)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_campaign_keeps_its_questionnaire_through_its_lifecycle_and_its_closing_day() {
        var quarter = new Period.Quarter(2032, 1);
        var saved = campaigns().save(draft(quarter));
        var opening = saved.window().opensOn();

        saved = campaigns().save(saved.schedule(MANAGER, opening.minusDays(3), saved.version()));
        saved = campaigns().save(saved.open(MANAGER, opening, saved.version()));
        saved = campaigns().save(saved.close(MANAGER, opening.plusDays(5), saved.version()));

        var loaded = campaigns().byId(saved.id()).orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.version()).isEqualTo(4);
        assertThat(loaded.state()).isEqualTo(CampaignState.CLOSED);
        assertThat(loaded.closedOn()).contains(opening.plusDays(5));
        assertThat(loaded.questionnaire()).isEqualTo(SurveyFixtures.questionnaire());
    }

    @Test
    void a_quarter_is_found_by_its_campaign_a_cancelled_one_only_when_there_is_no_other() {
        var quarter = new Period.Quarter(2033, 2);
        var cancelled = campaigns().save(draft(quarter));
        campaigns().save(cancelled.cancel(MANAGER, cancelled.version()));
        var kept = campaigns().save(draft(quarter));
        var onlyCancelled = new Period.Quarter(2033, 3);
        var alone = campaigns().save(draft(onlyCancelled));
        campaigns().save(alone.cancel(MANAGER, alone.version()));

        assertThat(campaigns().ofQuarter(quarter).orElseThrow().state()).isNotEqualTo(CampaignState.CANCELLED);
        assertThat(campaigns().ofQuarter(quarter).orElseThrow().quarter()).contains(quarter);
        assertThat(kept.quarter()).contains(quarter);
        assertThat(campaigns().ofQuarter(onlyCancelled).orElseThrow().state()).isEqualTo(CampaignState.CANCELLED);
        assertThat(campaigns().ofQuarter(new Period.Quarter(2033, 4))).isEmpty();
    }

    @Test
    void of_several_campaigns_of_a_quarter_the_one_furthest_along_is_found() {
        var quarter = new Period.Quarter(2034, 1);
        var running = campaigns().save(draft(quarter));
        var opening = running.window().opensOn();
        running = campaigns().save(running.schedule(MANAGER, opening.minusDays(1), running.version()));
        running = campaigns().save(running.open(MANAGER, opening, running.version()));
        // a manager's later draft for the same quarter does not hide the campaign that is taking answers
        var later = draft(quarter);
        campaigns().save(draft(Optional.of(quarter), new SurveyWindow(later.window().opensOn().plusDays(20),
                later.window().closesOn().plusDays(20))));

        // the store may be shared with earlier runs, which opened campaigns of that quarter too
        var found = campaigns().ofQuarter(quarter).orElseThrow();
        assertThat(found.state()).isEqualTo(CampaignState.OPEN);
        assertThat(found.quarter()).contains(quarter);
    }

    @Test
    void the_latest_quarterly_campaign_is_the_template_and_never_a_cancelled_or_ad_hoc_one() {
        var last = new Period.Quarter(2100, 4);
        var cancelled = campaigns().save(draft(Optional.of(last),
                new SurveyWindow(LocalDate.of(2100, 12, 1), LocalDate.of(2100, 12, 31))));
        campaigns().save(cancelled.cancel(MANAGER, cancelled.version()));
        campaigns().save(draft(last));
        campaigns().save(draft(Optional.empty(), new SurveyWindow(LocalDate.of(2100, 12, 30),
                LocalDate.of(2100, 12, 31))));

        var latest = campaigns().latestQuarterly().orElseThrow();

        assertThat(latest.quarter()).contains(last);
        assertThat(latest.state()).isNotEqualTo(CampaignState.CANCELLED);
    }

    @Test
    void due_are_the_scheduled_ones_whose_window_started_and_the_open_ones_whose_window_ended() {
        var quarter = new Period.Quarter(2034, 1);
        var scheduled = campaigns().save(inState(draft(quarter), CampaignState.SCHEDULED, Optional.empty()));
        var open = campaigns().save(inState(draft(quarter), CampaignState.OPEN, Optional.empty()));
        var opensOn = scheduled.window().opensOn();
        var closesOn = open.window().closesOn();

        assertThat(ids(campaigns().due(CampaignState.SCHEDULED, opensOn.minusDays(1)))).doesNotContain(scheduled.id());
        assertThat(ids(campaigns().due(CampaignState.SCHEDULED, opensOn))).contains(scheduled.id())
                .doesNotContain(open.id());
        assertThat(ids(campaigns().due(CampaignState.OPEN, closesOn))).doesNotContain(open.id());
        assertThat(ids(campaigns().due(CampaignState.OPEN, closesOn.plusDays(1)))).contains(open.id())
                .doesNotContain(scheduled.id());
    }

    @Test
    void closed_in_a_quarter_are_the_campaigns_whose_closing_day_lies_in_it() {
        var quarter = new Period.Quarter(2035, 2);
        var inside = campaigns().save(inState(draft(quarter), CampaignState.CLOSED,
                Optional.of(quarter.endExclusive().minusDays(1))));
        var after = campaigns().save(inState(draft(quarter), CampaignState.CLOSED,
                Optional.of(quarter.endExclusive())));
        var open = campaigns().save(inState(draft(quarter), CampaignState.OPEN, Optional.empty()));

        assertThat(ids(campaigns().closedIn(quarter))).contains(inside.id()).doesNotContain(after.id(), open.id());
        assertThat(ids(campaigns().closedIn(quarter.next()))).contains(after.id()).doesNotContain(inside.id());
    }

    @Test
    void a_page_is_filtered_by_state_sorted_newest_window_first_and_counted() {
        var before = campaigns().count(new CampaignFilter(Optional.of(CampaignState.SCHEDULED)));
        var all = campaigns().count(CampaignFilter.ALL);
        campaigns().save(inState(draft(new Period.Quarter(2036, 1)), CampaignState.SCHEDULED, Optional.empty()));
        campaigns().save(draft(new Period.Quarter(2036, 2)));

        var scheduled = new CampaignFilter(Optional.of(CampaignState.SCHEDULED));
        assertThat(campaigns().count(scheduled)).isEqualTo(before + 1);
        assertThat(campaigns().count(CampaignFilter.ALL)).isEqualTo(all + 2);
        assertThat(campaigns().page(scheduled, PageRequest.first(PageRequest.MAX_LIMIT)))
                .isNotEmpty().allMatch(c -> c.state() == CampaignState.SCHEDULED);
        var page = campaigns().page(CampaignFilter.ALL, PageRequest.first(50));
        assertThat(page).hasSizeLessThanOrEqualTo(50)
                .isSortedAccordingTo(Comparator.comparing((Campaign c) -> c.window().opensOn()).reversed());
        var ascending = campaigns().page(CampaignFilter.ALL,
                new PageRequest(0, 50, List.of(new PageRequest.Order("opensOn", false))));
        assertThat(ascending).isSortedAccordingTo(Comparator.comparing(c -> c.window().opensOn()));
        assertThat(campaigns().page(CampaignFilter.ALL, new PageRequest(1, 1))).singleElement()
                .isEqualTo(page.get(1));
    }

    private static List<CampaignId> ids(List<Campaign> campaigns) {
        return campaigns.stream().map(Campaign::id).toList();
    }
}
