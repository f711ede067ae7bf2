package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.MARKETING;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.OPERATIONS;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Responses} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ResponsesContract {

    static final ItemCode RESPONSIVENESS = new ItemCode("RESPONSIVENESS");
    static final ItemCode EXTRA_HELP = new ItemCode("EXTRA_HELP");
    static final LocalDate DAY = LocalDate.of(2031, 4, 9);

    protected abstract Responses responses();

    /** A campaign the store accepts responses to (the database wants it to exist). */
    protected abstract CampaignId storedCampaign();

    @Test
    void a_submission_s_responses_are_read_back_as_they_were_given() {
        var campaign = storedCampaign();
        var operations = new Response(UUID.randomUUID(), campaign, SALES, OPERATIONS,
                Map.of(RESPONSIVENESS, 5, EXTRA_HELP, 1), Optional.of("回复很及时"), DAY);
        var marketing = new Response(UUID.randomUUID(), campaign, SALES, MARKETING, Map.of(RESPONSIVENESS, 3),
                Optional.empty(), DAY);

        responses().addAll(List.of(operations, marketing));

        assertThat(responses().of(campaign)).containsExactlyInAnyOrder(operations, marketing);
        assertThat(responses().count(campaign)).isEqualTo(2);
    }

    @Test
    void a_response_without_answers_keeps_its_comment() {
        var campaign = storedCampaign();
        var commentOnly = new Response(UUID.randomUUID(), campaign, MARKETING, OPERATIONS, Map.of(),
                Optional.of("只想说一句"), DAY);

        responses().addAll(List.of(commentOnly));

        assertThat(responses().of(campaign)).containsExactly(commentOnly);
    }

    @Test
    void a_campaign_reads_only_its_own_responses() {
        var one = storedCampaign();
        var other = storedCampaign();
        var response = new Response(UUID.randomUUID(), one, SALES, OPERATIONS, Map.of(RESPONSIVENESS, 4),
                Optional.empty(), DAY);

        responses().addAll(List.of(response));
        responses().addAll(List.of());

        assertThat(responses().of(other)).isEmpty();
        assertThat(responses().count(other)).isZero();
        assertThat(responses().of(one)).containsExactly(response);
    }
}
