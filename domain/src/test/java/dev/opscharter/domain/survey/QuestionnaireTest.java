package dev.opscharter.domain.survey;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuestionnaireTest {

    private static final ItemCode RESPONSIVENESS = new ItemCode("RESPONSIVENESS");
    private static final ItemCode EXTRA = new ItemCode("EXTRA");
    private static final BilingualName PROMPT = new BilingualName("意见", "Comments");

    private static LikertItem item(String code, boolean required) {
        return new LikertItem(new ItemCode(code), new BilingualName(code + "（中）", code), required);
    }

    private static Map<ItemCode, Integer> allFours(Questionnaire questionnaire) {
        var answers = new HashMap<ItemCode, Integer>();
        questionnaire.codes().forEach(code -> answers.put(code, 4));
        return answers;
    }

    @Test
    void the_defaults_are_the_five_items_of_the_specification_all_required_in_both_languages() {
        var defaults = Questionnaire.defaults();
        assertThat(defaults.codes()).extracting(ItemCode::value).containsExactly("RESPONSIVENESS", "COMMUNICATION",
                "SUPPORT_QUALITY", "PROCESS_CLARITY", "CONFLICT_RESOLUTION");
        assertThat(defaults.items()).allMatch(LikertItem::required);
        assertThat(defaults.item(RESPONSIVENESS)).map(i -> i.text().in(Language.ZH_CN)).contains("响应速度");
        assertThat(defaults.item(new ItemCode("CONFLICT_RESOLUTION"))).map(i -> i.text().in(Language.EN))
                .contains("Conflict resolution");
    }

    @Test
    void one_to_twenty_items_with_distinct_codes() {
        assertRejected(() -> new Questionnaire(List.of(), PROMPT), "items", "validation.survey.items-count");
        var twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> item("Q" + i, true)).toList();
        assertThat(new Questionnaire(twenty, PROMPT).items()).hasSize(Questionnaire.MAX_ITEMS);
        var more = IntStream.rangeClosed(1, 21).mapToObj(i -> item("Q" + i, true)).toList();
        assertRejected(() -> new Questionnaire(more, PROMPT), "items", "validation.survey.items-count");
        var twice = List.of(item("Q1", true), item("Q1", false));
        assertThat(assertRejected(() -> new Questionnaire(twice, PROMPT), "items", "validation.survey.item-duplicate")
                .arguments()).containsExactly("Q1");
    }

    @Test
    void complete_answers_are_kept_in_the_questionnaire_order() {
        var defaults = Questionnaire.defaults();
        var kept = defaults.validate(allFours(defaults));
        assertThat(kept.keySet()).containsExactlyElementsOf(defaults.codes());
        assertThat(kept.values()).containsOnly(4);
    }

    @Test
    void a_required_item_left_out_is_refused_for_that_item() {
        assertRefused(answers -> answers.remove(new ItemCode("COMMUNICATION")), "COMMUNICATION",
                "validation.survey.answer-required");
    }

    @Test
    void an_optional_item_may_be_left_out_and_is_then_absent() {
        var questionnaire = new Questionnaire(List.of(item("A", true), item("B", false)), PROMPT);
        var kept = questionnaire.validate(Map.of(new ItemCode("A"), 5));
        assertThat(kept).containsExactly(Map.entry(new ItemCode("A"), 5));
    }

    @Test
    void an_item_the_questionnaire_does_not_have_is_refused() {
        assertRefused(answers -> answers.put(EXTRA, 5), "EXTRA", "validation.survey.unknown-item");
    }

    @Test
    void a_score_off_the_scale_is_refused_for_its_item() {
        assertRefused(answers -> answers.put(RESPONSIVENESS, 6), "RESPONSIVENESS", "validation.survey.score");
        assertRefused(answers -> answers.put(RESPONSIVENESS, 0), "RESPONSIVENESS", "validation.survey.score");
    }

    /** The default questionnaire answered with 4 everywhere, then changed: refused for the field. */
    private static void assertRefused(Consumer<Map<ItemCode, Integer>> change, String field, String messageKey) {
        var defaults = Questionnaire.defaults();
        var answers = allFours(defaults);
        change.accept(answers);
        assertRejected(() -> defaults.validate(answers), field, messageKey);
    }

    @Test
    void every_problem_is_reported_at_once_each_for_its_item() {
        var defaults = Questionnaire.defaults();
        var answers = new HashMap<ItemCode, Integer>(Map.of(EXTRA, 3, RESPONSIVENESS, 0));
        assertThat(defaults.problems(answers)).extracting(InvalidValue::field, InvalidValue::messageKey)
                .containsExactly(
                        tuple("EXTRA", "validation.survey.unknown-item"),
                        tuple("RESPONSIVENESS", "validation.survey.score"),
                        tuple("COMMUNICATION", "validation.survey.answer-required"),
                        tuple("SUPPORT_QUALITY", "validation.survey.answer-required"),
                        tuple("PROCESS_CLARITY", "validation.survey.answer-required"),
                        tuple("CONFLICT_RESOLUTION", "validation.survey.answer-required"));
        assertThat(defaults.problems(Collections.unmodifiableMap(allFours(defaults)))).isEmpty();
    }
}
