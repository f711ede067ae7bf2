package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.Disclosed.Hidden;
import dev.opscharter.domain.survey.Disclosed.Why;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small campaign worked out by hand. Three departments rate Operations on two required items and
 * one optional item (minimum 3):
 * <pre>
 *   A (4 people)  RESPONSIVENESS 5 4 3 2   COMMUNICATION 5 5 5 4   SUPPORT_QUALITY 5 5 – –
 *   B (3 people)  RESPONSIVENESS 5 5 5     COMMUNICATION 4 4 3
 *   C (2 people)  RESPONSIVENESS 1 2       COMMUNICATION 2 2
 * </pre>
 */
class SurveyResultsTest {

    private static final CampaignId CAMPAIGN = CampaignId.random();
    private static final LocalDate DAY = LocalDate.of(2026, 10, 9);
    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final DepartmentId A = DepartmentId.random();
    private static final DepartmentId B = DepartmentId.random();
    private static final DepartmentId C = DepartmentId.random();
    private static final ItemCode RESPONSIVENESS = new ItemCode("RESPONSIVENESS");
    private static final ItemCode COMMUNICATION = new ItemCode("COMMUNICATION");
    private static final ItemCode SUPPORT_QUALITY = new ItemCode("SUPPORT_QUALITY");
    private static final List<ItemCode> ITEMS = List.of(RESPONSIVENESS, COMMUNICATION, SUPPORT_QUALITY);
    private static final BigDecimal STANDARD = new BigDecimal("85");

    private static final List<Response> CAMPAIGN_RESPONSES = List.of(
            response(A, OPERATIONS, 5, 5, 5, "Quick and friendly"),
            response(A, OPERATIONS, 4, 5, 5, null),
            response(A, OPERATIONS, 3, 5, null, "Tickets wait too long"),
            response(A, OPERATIONS, 2, 4, null, null),
            response(B, OPERATIONS, 5, 4, null, "Clear process"),
            response(B, OPERATIONS, 5, 4, null, null),
            response(B, OPERATIONS, 5, 3, null, null),
            response(C, OPERATIONS, 1, 2, null, "Nobody answers"),
            response(C, OPERATIONS, 2, 2, null, null));

    @Test
    void the_overall_pools_every_answer_of_every_item() {
        var topTwo = results(SatisfactionMethod.TOP_TWO_BOX);
        var mean = results(SatisfactionMethod.MEAN_SCALED);

        // 20 answers, 13 of them 4 or 5; their sum is 76, a mean of 3.8
        assertThat(topTwo.overall().figure()).isEqualTo(new Disclosed.Shown<>(new Figure(9, new BigDecimal("65.0"))));
        assertThat(mean.overall().percent()).contains(new BigDecimal("70.0"));
        assertThat(topTwo.ratedDepartment(OPERATIONS).flatMap(GroupResult::percent)).contains(new BigDecimal("65.0"));
    }

    @Test
    void a_rater_department_below_the_minimum_is_hidden_and_the_next_smallest_with_it() {
        var results = results(SatisfactionMethod.TOP_TWO_BOX);

        // A: 10 answers, 8 of them 4 or 5; mean 4.3 → 82.5 %
        assertThat(results.raterDepartment(A).flatMap(GroupResult::percent)).contains(new BigDecimal("80.0"));
        assertThat(results.raterDepartment(A).flatMap(GroupResult::respondents)).contains(4);
        assertThat(results(SatisfactionMethod.MEAN_SCALED).raterDepartment(A).flatMap(GroupResult::percent))
                .contains(new BigDecimal("82.5"));
        // C alone would follow from overall minus A minus B; so B is hidden as well
        assertThat(results.raterDepartment(C).map(GroupResult::figure)).contains(hidden(Why.FEWER_THAN_MINIMUM));
        assertThat(results.raterDepartment(B).map(GroupResult::figure)).contains(hidden(Why.PROTECTS_A_SMALLER_GROUP));
        // B and C together are five people: 5 of their 10 answers are 4 or 5
        assertThat(results.raters().others()).contains(new Figure(5, new BigDecimal("50.0")));
    }

    @Test
    void an_item_too_few_answered_is_hidden_and_one_more_item_so_it_cannot_be_worked_out() {
        var items = results(SatisfactionMethod.TOP_TWO_BOX).itemsOf(OPERATIONS).orElseThrow();

        assertThat(items.groups()).extracting(GroupResult::group).containsExactly(
                new ResultGroup.ItemOf(new ResultGroup.RatedDepartment(OPERATIONS), RESPONSIVENESS),
                new ResultGroup.ItemOf(new ResultGroup.RatedDepartment(OPERATIONS), COMMUNICATION),
                new ResultGroup.ItemOf(new ResultGroup.RatedDepartment(OPERATIONS), SUPPORT_QUALITY));
        // SUPPORT_QUALITY rests on two people; RESPONSIVENESS goes too (equal in size, first in order)
        assertThat(items.groups()).extracting(GroupResult::figure).containsExactly(
                new Hidden<>(3, Why.PROTECTS_A_SMALLER_GROUP),
                new Disclosed.Shown<>(new Figure(9, new BigDecimal("66.7"))),
                new Hidden<>(3, Why.FEWER_THAN_MINIMUM));
        assertThat(items.others()).as("items are not folded").isEmpty();
    }

    @Test
    void the_standard_of_85_percent_is_met_at_exactly_85() {
        var five = List.of(single(5), single(5), single(4), single(4), single(4));

        var mean = SurveyResults.of(five, List.of(RESPONSIVENESS), 3, SatisfactionMethod.MEAN_SCALED, new Random(1));

        assertThat(mean.overall().percent()).contains(new BigDecimal("85.0"));
        assertThat(mean.overall().meets(STANDARD)).contains(true);
        assertThat(new Figure(5, new BigDecimal("84.9")).meets(STANDARD)).isFalse();
        assertThat(results(SatisfactionMethod.TOP_TWO_BOX).overall().meets(STANDARD)).contains(false);
    }

    @Test
    void both_methods_give_the_plans_figures_for_answers_5_4_3_2() {
        var four = List.of(single(5), single(4), single(3), single(2));

        assertThat(SurveyResults.of(four, List.of(RESPONSIVENESS), 3, SatisfactionMethod.TOP_TWO_BOX, new Random(1))
                .overall().percent()).contains(new BigDecimal("50.0"));
        assertThat(SurveyResults.of(four, List.of(RESPONSIVENESS), 3, SatisfactionMethod.MEAN_SCALED, new Random(1))
                .overall().percent()).contains(new BigDecimal("62.5"));
    }

    @Test
    void comments_of_a_shown_department_are_text_only_in_an_order_set_by_the_random_not_by_arrival() {
        var results = results(SatisfactionMethod.TOP_TWO_BOX);
        var reversed = new ArrayList<>(CAMPAIGN_RESPONSES);
        Collections.reverse(reversed);

        var texts = results.commentsOn(OPERATIONS).orElseThrow().texts().shown().orElseThrow();

        assertThat(texts).containsExactlyInAnyOrder("Quick and friendly", "Tickets wait too long", "Clear process",
                "Nobody answers");
        var expected = new ArrayList<>(List.of("Clear process", "Nobody answers", "Quick and friendly",
                "Tickets wait too long"));
        Collections.shuffle(expected, new Random(42));
        assertThat(texts).containsExactlyElementsOf(expected);
        assertThat(SurveyResults.of(reversed, ITEMS, 3, SatisfactionMethod.TOP_TWO_BOX, new Random(42))
                .commentsOn(OPERATIONS).orElseThrow().texts().shown()).contains(texts);
    }

    @Test
    void below_the_minimum_overall_nothing_is_shown_not_even_comments() {
        var two = CAMPAIGN_RESPONSES.subList(7, 9);

        var results = SurveyResults.of(two, ITEMS, 3, SatisfactionMethod.TOP_TWO_BOX, new Random(1));

        assertThat(results.overall().figure()).isEqualTo(new Hidden<>(3, Why.FEWER_THAN_MINIMUM));
        assertThat(results.overall().percent()).isEmpty();
        assertThat(results.overall().respondents()).isEmpty();
        assertThat(results.overall().meets(STANDARD)).isEmpty();
        assertThat(results.rated().groups()).extracting(GroupResult::isShown).containsOnly(false);
        assertThat(results.raters().groups()).extracting(GroupResult::isShown).containsOnly(false);
        assertThat(results.itemsOf(OPERATIONS).orElseThrow().groups()).extracting(GroupResult::isShown)
                .containsOnly(false);
        assertThat(results.commentsOn(OPERATIONS).orElseThrow().texts())
                .isEqualTo(new Hidden<List<String>>(3, Why.FEWER_THAN_MINIMUM));
    }

    @Test
    void in_a_mutual_survey_a_department_rated_by_too_few_shows_neither_figure_nor_comments() {
        // A and B rate each other and Operations; two people of B rated A
        var responses = new ArrayList<Response>();
        for (int person = 0; person < 4; person++) {
            responses.add(response(A, OPERATIONS, 4, 4, null, null));
            responses.add(response(A, B, 3, 4, null, null));
        }
        for (int person = 0; person < 2; person++) {
            responses.add(response(B, OPERATIONS, 5, 5, null, null));
            responses.add(response(B, A, 2, 2, null, "A never calls back"));
        }

        var results = SurveyResults.of(responses, ITEMS, 3, SatisfactionMethod.TOP_TWO_BOX, new Random(1));

        assertThat(results.overall().respondents()).contains(6);
        // B's four responses are two people: hidden, and so A (else B = overall minus A)
        assertThat(results.raterDepartment(B).map(GroupResult::figure)).contains(hidden(Why.FEWER_THAN_MINIMUM));
        assertThat(results.raterDepartment(A).map(GroupResult::figure)).contains(hidden(Why.PROTECTS_A_SMALLER_GROUP));
        assertThat(results.ratedDepartment(A).map(GroupResult::figure)).contains(hidden(Why.FEWER_THAN_MINIMUM));
        // B, rated by A's four people, protects A (rated by two): what remains is six people
        assertThat(results.ratedDepartment(B).map(GroupResult::figure)).contains(hidden(Why.PROTECTS_A_SMALLER_GROUP));
        assertThat(results.ratedDepartment(OPERATIONS).flatMap(GroupResult::respondents)).contains(6);
        assertThat(results.commentsOn(A).orElseThrow().texts()).isEqualTo(new Hidden<List<String>>(3,
                Why.FEWER_THAN_MINIMUM));
        assertThat(results.itemsOf(A).orElseThrow().groups()).extracting(GroupResult::isShown).containsOnly(false);
    }

    @Test
    void responses_are_of_one_campaign_and_answer_only_the_questionnaires_items() {
        var other = new Response(UUID.randomUUID(), CampaignId.random(), A, OPERATIONS, Map.of(RESPONSIVENESS, 3),
                Optional.empty(), DAY);
        var unknown = new Response(UUID.randomUUID(), CAMPAIGN, A, OPERATIONS, Map.of(new ItemCode("OTHER"), 3),
                Optional.empty(), DAY);

        assertThatThrownBy(() -> SurveyResults.of(List.of(single(4), other), ITEMS, 3, SatisfactionMethod.TOP_TWO_BOX,
                new Random(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyResults.of(List.of(unknown), ITEMS, 3, SatisfactionMethod.TOP_TWO_BOX, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyResults.of(List.of(), ITEMS, 2, SatisfactionMethod.TOP_TWO_BOX, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SurveyResults results(SatisfactionMethod method) {
        return SurveyResults.of(CAMPAIGN_RESPONSES, ITEMS, 3, method, new Random(42));
    }

    private static Disclosed<Figure> hidden(Why why) {
        return new Hidden<>(3, why);
    }

    private static Response single(int score) {
        return new Response(UUID.randomUUID(), CAMPAIGN, A, OPERATIONS, Map.of(RESPONSIVENESS, score),
                Optional.empty(), DAY);
    }

    private static Response response(DepartmentId rater, DepartmentId rated, int responsiveness, int communication,
                                     Integer support, String comment) {
        var answers = new HashMap<ItemCode, Integer>();
        answers.put(RESPONSIVENESS, responsiveness);
        answers.put(COMMUNICATION, communication);
        if (support != null) {
            answers.put(SUPPORT_QUALITY, support);
        }
        return new Response(UUID.randomUUID(), CAMPAIGN, rater, rated, answers, Optional.ofNullable(comment), DAY);
    }
}
