package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.Disclosed.Why;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureTest {

    private static final CampaignId CAMPAIGN = CampaignId.random();
    private static final DepartmentId OPERATIONS = DepartmentId.random();
    private static final ItemCode ITEM = new ItemCode("RESPONSIVENESS");
    private static final Disclosure THREE = new Disclosure(3);

    @Test
    void the_minimum_is_never_below_three() {
        assertThatThrownBy(() -> new Disclosure(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Disclosure(3).minimum()).isEqualTo(3);
    }

    @Test
    void a_group_below_the_minimum_is_hidden_and_the_others_shown_when_the_hidden_ones_together_reach_it() {
        var children = children(Map.of("A", 8, "B", 2, "C", 2));

        var decision = THREE.decide(union(children), children, Comparator.naturalOrder());

        assertThat(decision.shown()).containsExactly("A");
        assertThat(decision.hidden()).isEqualTo(Map.of("B", Why.FEWER_THAN_MINIMUM, "C", Why.FEWER_THAN_MINIMUM));
        assertThat(decision.residue()).hasSize(4);
        assertThat(decision.others()).hasValueSatisfying(others -> assertThat(others).hasSize(4));
    }

    @Test
    void when_the_hidden_groups_together_stay_below_the_minimum_the_smallest_shown_group_is_hidden_too() {
        var children = children(Map.of("A", 5, "B", 4, "C", 1));

        var decision = THREE.decide(union(children), children, Comparator.naturalOrder());

        assertThat(decision.shown()).containsExactly("A");
        assertThat(decision.why("B")).contains(Why.PROTECTS_A_SMALLER_GROUP);
        assertThat(decision.why("C")).contains(Why.FEWER_THAN_MINIMUM);
        assertThat(decision.residue()).hasSize(5);
    }

    @Test
    void among_equally_small_shown_groups_the_first_in_order_is_hidden() {
        var children = children(Map.of("A", 4, "B", 4, "C", 1));

        var decision = THREE.decide(union(children), children, Comparator.naturalOrder());

        assertThat(decision.why("A")).contains(Why.PROTECTS_A_SMALLER_GROUP);
        assertThat(decision.shown()).containsExactly("B");
        assertThat(THREE.decide(union(children), children, Comparator.<String>reverseOrder()).shown())
                .containsExactly("A");
    }

    @Test
    void with_a_single_small_group_beside_one_shown_group_both_are_hidden_and_nothing_is_folded() {
        var children = children(Map.of("A", 9, "B", 1));

        var decision = THREE.decide(union(children), children, Comparator.naturalOrder());

        assertThat(decision.shown()).isEmpty();
        assertThat(decision.why("A")).contains(Why.PROTECTS_A_SMALLER_GROUP);
        assertThat(decision.others()).isEmpty();
    }

    @Test
    void a_parent_below_the_minimum_hides_everything_under_it() {
        var children = children(Map.of("A", 2));

        var decision = THREE.decide(union(children), children, Comparator.naturalOrder());

        assertThat(decision.shown()).isEmpty();
        assertThat(decision.why("A")).contains(Why.FEWER_THAN_MINIMUM);
        assertThat(decision.others()).isEmpty();
    }

    @Test
    void under_a_parent_hidden_for_another_reason_large_groups_are_hidden_as_within_it() {
        var children = children(Map.of("A", 6, "B", 2));

        var decision = THREE.withinHidden(union(children), children, Comparator.naturalOrder());

        assertThat(decision.hidden()).isEqualTo(Map.of("A", Why.WITHIN_A_HIDDEN_GROUP, "B", Why.FEWER_THAN_MINIMUM));
        assertThat(decision.others()).isEmpty();
    }

    @Test
    void overlapping_groups_count_the_responses_behind_the_hidden_ones_once() {
        // two optional items answered by the same two people: together still two people
        var all = responses(OPERATIONS, 6);
        var children = new LinkedHashMap<String, Set<Response>>();
        children.put("REQUIRED", new HashSet<>(all));
        children.put("OPTIONAL_1", Set.of(all.get(0), all.get(1)));
        children.put("OPTIONAL_2", Set.of(all.get(0), all.get(1)));

        var decision = THREE.decide(new HashSet<>(all), children, Comparator.naturalOrder());

        assertThat(decision.why("REQUIRED")).contains(Why.PROTECTS_A_SMALLER_GROUP);
        assertThat(decision.residue()).hasSize(6);
    }

    @Test
    void a_respondent_rating_several_departments_counts_once_for_the_rater_department() {
        var rater = DepartmentId.random();
        var rated = List.of(DepartmentId.random(), DepartmentId.random(), OPERATIONS);
        // two people of one department, each rating three departments: six responses, two people
        var responses = new ArrayList<Response>();
        for (int person = 0; person < 2; person++) {
            rated.forEach(department -> responses.add(response(rater, department)));
        }

        assertThat(Disclosure.respondents(responses)).isEqualTo(2);
        assertThat(THREE.enough(responses)).isFalse();
        assertThat(Disclosure.respondents(responses.subList(0, 3))).isEqualTo(1);
    }

    @Test
    void a_child_must_lie_within_its_parent() {
        var children = children(Map.of("A", 3));

        assertThatThrownBy(() -> THREE.decide(Set.of(), children, Comparator.naturalOrder()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Children of the given sizes, each response from its own person of one department rating Operations. */
    private static Map<String, Set<Response>> children(Map<String, Integer> sizes) {
        var children = new LinkedHashMap<String, Set<Response>>();
        var rater = DepartmentId.random();
        sizes.forEach((key, size) -> children.put(key, new HashSet<>(responses(rater, size))));
        return children;
    }

    private static Set<Response> union(Map<String, Set<Response>> children) {
        var union = new HashSet<Response>();
        children.values().forEach(union::addAll);
        return union;
    }

    private static List<Response> responses(DepartmentId rater, int count) {
        return IntStream.range(0, count).mapToObj(i -> response(rater, OPERATIONS)).toList();
    }

    private static Response response(DepartmentId rater, DepartmentId rated) {
        return new Response(UUID.randomUUID(), CAMPAIGN, rater, rated, Map.of(ITEM, 4), Optional.empty(),
                LocalDate.of(2026, 10, 9));
    }
}
