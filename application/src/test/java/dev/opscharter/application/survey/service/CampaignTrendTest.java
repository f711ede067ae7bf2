package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.port.in.CampaignQueries.QuarterFigure;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Disclosed.Hidden;
import dev.opscharter.domain.survey.Disclosed.Shown;
import dev.opscharter.domain.survey.Disclosed.Why;
import dev.opscharter.domain.survey.Figure;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.application.survey.SurveyFixture.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trend over quarters: one point per closed quarterly campaign, oldest first, hidden where too few answered. */
class CampaignTrendTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final CampaignService service = survey.campaignService();

    @Test
    void each_closed_quarterly_campaign_gives_its_quarter_a_point_oldest_first() {
        var q4 = closed(new Period.Quarter(2025, 4), survey.finance, 4, 5, 5, 3); // 3 of 4 people satisfied
        var q1 = closed(new Period.Quarter(2026, 1), survey.hr, 2); // one respondent: below the minimum
        open(new Period.Quarter(2026, 2));
        survey.org.actAs("li.ming", Role.OPS_MANAGER);

        var trend = service.trend(4);

        assertThat(trend).containsExactly(
                new QuarterFigure(new Period.Quarter(2025, 4), q4.id(), new Shown<>(new Figure(4, new BigDecimal("75.0")))),
                new QuarterFigure(new Period.Quarter(2026, 1), q1.id(), new Hidden<>(3, Why.FEWER_THAN_MINIMUM)));
    }

    @Test
    void quarters_before_the_asked_range_are_left_out_and_readers_only_read_it() {
        closed(new Period.Quarter(2025, 1), survey.finance, 5, 5, 5);
        survey.org.actAs("li.ming", Role.OPS_MANAGER);
        assertThat(service.trend(4)).isEmpty();
        assertThat(service.trend(6)).hasSize(1);

        survey.org.actAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> service.trend(4)).isInstanceOf(AccessDenied.class);
    }

    /** A closed quarterly campaign answered by one person of {@code rater} per score (every item that score). */
    private Campaign closed(Period.Quarter quarter, Department rater, int... scores) {
        var campaign = stored(quarter, CampaignState.CLOSED);
        var responses = new ArrayList<Response>();
        for (int score : scores) {
            responses.add(new Response(UUID.randomUUID(), campaign.id(), rater.id(), survey.operations.id(),
                    all(score), Optional.empty(), campaign.window().closesOn()));
        }
        survey.responses.addAll(responses);
        return campaign;
    }

    private Campaign open(Period.Quarter quarter) {
        return stored(quarter, CampaignState.OPEN);
    }

    private Campaign stored(Period.Quarter quarter, CampaignState state) {
        var draft = survey.draft(RatingScope.OPERATIONS);
        var window = new SurveyWindow(quarter.firstDay(), quarter.firstDay().plusDays(20));
        var created = Campaign.create(draft.title(), Optional.of(quarter), window, draft.questionnaire(),
                draft.invited(), draft.scope(), draft.method(), draft.minimumGroup(), survey.operations.id(),
                Actor.SYSTEM);
        return survey.campaigns.save(Campaign.reconstitute(created.id(), created.title(), created.quarter(), window,
                created.questionnaire(), created.invited(), created.scope(), created.method(), created.minimumGroup(),
                state, state == CampaignState.CLOSED ? Optional.of(window.closesOn()) : Optional.<LocalDate>empty(),
                created.createdBy(), 0));
    }
}
