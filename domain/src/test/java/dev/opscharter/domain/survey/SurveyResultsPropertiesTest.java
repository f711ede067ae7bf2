package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random campaigns no group below the minimum is shown, and none can be worked out by
 * subtracting the shown groups from their shown parent. People are tracked here, outside the
 * domain (a response carries no person), so the checks count real people, not the domain's estimate.
 */
class SurveyResultsPropertiesTest {

    private static final CampaignId CAMPAIGN = CampaignId.random();
    private static final LocalDate DAY = LocalDate.of(2026, 10, 9);
    private static final List<ItemCode> ALL_ITEMS = List.of(new ItemCode("RESPONSIVENESS"),
            new ItemCode("COMMUNICATION"), new ItemCode("SUPPORT_QUALITY"), new ItemCode("PROCESS_CLARITY"),
            new ItemCode("CONFLICT_RESOLUTION"));

    /**
     * A campaign as generated: {@code person} says who gave each response (by response id);
     * each person of a rater department answers some of their department's pairs, so a pair holds 0–12.
     */
    record Scenario(List<Response> responses, Map<UUID, Integer> person, List<ItemCode> items, int minimum,
                    boolean mutual, long seed) {

        int people(Collection<Response> group) {
            return (int) group.stream().map(r -> person.get(r.id())).distinct().count();
        }

        List<Response> where(Predicate<Response> in) {
            return responses.stream().filter(in).toList();
        }

        SurveyResults results() {
            return SurveyResults.of(responses, items, minimum, SatisfactionMethod.TOP_TWO_BOX, new Random(seed));
        }

        @Override
        public String toString() {
            return (mutual ? "mutual" : "operations") + " minimum " + minimum + ", " + responses.size()
                    + " responses of " + person.values().stream().distinct().count() + " people, items " + items;
        }
    }

    @Property(tries = 500)
    void no_shown_group_rests_on_fewer_people_than_the_minimum(@ForAll("campaigns") Scenario campaign) {
        var results = campaign.results();
        var answering = campaign.where(r -> !r.answers().isEmpty());

        if (campaign.people(answering) < campaign.minimum()) {
            assertThat(results.overall().isShown()).as("overall below the minimum").isFalse();
        }
        for (var group : shownGroups(results)) {
            var members = campaign.where(r -> !r.answers().isEmpty() && belongs(r, group.group()));
            assertThat(campaign.people(members)).as("people behind %s", group.group())
                    .isGreaterThanOrEqualTo(campaign.minimum());
            assertThat(group.respondents().orElseThrow()).isGreaterThanOrEqualTo(campaign.minimum())
                    .isLessThanOrEqualTo(campaign.people(members));
            assertThat(group.percent()).contains(topTwo(members, group.group()));
        }
    }

    @Property(tries = 500)
    void subtracting_the_shown_children_from_a_shown_parent_never_reveals_fewer_than_the_minimum(
            @ForAll("campaigns") Scenario campaign) {
        var results = campaign.results();
        if (!results.overall().isShown()) {
            assertThat(shownGroups(results)).as("nothing under a hidden overall").isEmpty();
            return;
        }
        var overall = results.overall().respondents().orElseThrow();
        // raters: a person belongs to one department, so the shown figures themselves add up
        int shownRaters = results.raters().shown().stream().mapToInt(g -> g.respondents().orElseThrow()).sum();
        var answering = campaign.where(r -> !r.answers().isEmpty());
        assertNoneOrEnough(overall - shownRaters, campaign.minimum(), "overall minus the shown rater departments");
        assertNoneOrEnough(campaign.people(residue(results.raters(), answering)), campaign.minimum(),
                "people behind the hidden rater departments");
        // rated: one person may rate several departments, so count the people behind the residue
        assertNoneOrEnough(campaign.people(residue(results.rated(), answering)), campaign.minimum(),
                "people behind the hidden rated departments");
        // "other departments", when shown, is that residue itself
        for (var breakdown : List.of(results.rated(), results.raters())) {
            breakdown.others().ifPresent(others -> {
                var behind = residue(breakdown, answering);
                assertThat(others.respondents()).isGreaterThanOrEqualTo(campaign.minimum())
                        .isEqualTo(Disclosure.respondents(behind));
                assertThat(others.percent()).isEqualTo(topTwo(behind, new ResultGroup.Overall()));
            });
        }
        // items within each shown rated department: the hidden items' answers are the department's minus the shown
        for (var department : results.rated().shown()) {
            var rated = ((ResultGroup.RatedDepartment) department.group()).department();
            var breakdown = results.itemsOf(rated).orElseThrow();
            var hiddenItems = breakdown.groups().stream().filter(g -> !g.isShown())
                    .map(g -> ((ResultGroup.ItemOf) g.group()).item()).toList();
            var behindHidden = campaign.where(r -> r.rated().equals(rated)
                    && hiddenItems.stream().anyMatch(r.answers()::containsKey));
            assertNoneOrEnough(campaign.people(behindHidden), campaign.minimum(),
                    "people behind the hidden items of " + rated);
        }
    }

    @Property(tries = 500)
    void comments_appear_only_for_shown_rated_departments_and_all_of_them(@ForAll("campaigns") Scenario campaign) {
        var results = campaign.results();

        results.comments().forEach((rated, comments) -> {
            var department = results.ratedDepartment(rated);
            assertThat(comments.texts().isShown()).isEqualTo(department.map(GroupResult::isShown).orElse(false));
            comments.texts().shown().ifPresent(texts -> assertThat(texts).containsExactlyInAnyOrderElementsOf(
                    campaign.where(r -> r.rated().equals(rated)).stream().flatMap(r -> r.comment().stream()).toList()));
        });
        results.items().forEach((rated, breakdown) -> {
            if (!results.ratedDepartment(rated).orElseThrow().isShown()) {
                assertThat(breakdown.shown()).as("items of a hidden department").isEmpty();
            }
        });
    }

    /** The runs exercise complementary suppression often, in both kinds of survey. */
    @Property(tries = 500)
    void the_campaigns_generated_need_complementary_suppression_often(@ForAll("campaigns") Scenario campaign) {
        Statistics.label("protects").collect(protects(campaign.results()), campaign.mutual());
        Statistics.label("protects").coverage(coverage -> {
            coverage.check(true, false).percentage(p -> p >= 5);
            coverage.check(true, true).percentage(p -> p >= 5);
        });
    }

    private static boolean protects(SurveyResults results) {
        var groups = new ArrayList<GroupResult>(results.rated().groups());
        groups.addAll(results.raters().groups());
        results.items().values().forEach(b -> groups.addAll(b.groups()));
        return groups.stream().anyMatch(g -> g.figure() instanceof Disclosed.Hidden<Figure> hidden
                && hidden.why() == Disclosed.Why.PROTECTS_A_SMALLER_GROUP);
    }

    /** What subtraction reveals is either nothing or a group of at least the minimum. */
    private static void assertNoneOrEnough(int people, int minimum, String what) {
        assertThat(people == 0 || people >= minimum).as("%s: %d people, minimum %d", what, people, minimum).isTrue();
    }

    private static List<GroupResult> shownGroups(SurveyResults results) {
        var shown = new ArrayList<GroupResult>();
        if (results.overall().isShown()) {
            shown.add(results.overall());
        }
        shown.addAll(results.rated().shown());
        shown.addAll(results.raters().shown());
        results.items().values().forEach(b -> shown.addAll(b.shown()));
        return shown;
    }

    /** The answering responses of the parent that lie in no shown child. */
    private static List<Response> residue(Breakdown breakdown, List<Response> parent) {
        return parent.stream().filter(r -> breakdown.shown().stream().noneMatch(g -> belongs(r, g.group()))).toList();
    }

    private static boolean belongs(Response response, ResultGroup group) {
        return switch (group) {
            case ResultGroup.Overall() -> true;
            case ResultGroup.RatedDepartment(var department) -> response.rated().equals(department);
            case ResultGroup.RaterDepartment(var department) -> response.rater().equals(department);
            case ResultGroup.ItemOf(var within, var item) -> belongs(response, within)
                    && response.answers().containsKey(item);
            case ResultGroup.CommentsOf(var rated) -> response.rated().equals(rated);
        };
    }

    private static BigDecimal topTwo(List<Response> members, ResultGroup group) {
        var counts = new long[6];
        members.forEach(r -> r.answers().forEach((item, score) -> {
            if (!(group instanceof ResultGroup.ItemOf itemOf) || itemOf.item().equals(item)) {
                counts[score]++;
            }
        }));
        // worked out here, not by the method under test: the share of answers 4 or 5
        long total = counts[1] + counts[2] + counts[3] + counts[4] + counts[5];
        return BigDecimal.valueOf((counts[4] + counts[5]) * 100).divide(BigDecimal.valueOf(total), 1,
                java.math.RoundingMode.HALF_UP);
    }

    @Provide
    Arbitrary<Scenario> campaigns() {
        return Combinators.combine(Arbitraries.integers().between(2, 8), Arbitraries.of(false, true),
                        Arbitraries.integers().between(3, 5), Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(0, 5), Arbitraries.longs())
                .as(SurveyResultsPropertiesTest::campaign);
    }

    /**
     * {@code departments} invited departments rate Operations (and, mutually, each other); each has
     * 0–12 people; a person answers each of their pairs with probability ¾ (so pairs hold 0–12
     * responses), leaves each optional item out with probability ⅓, and comments half the time.
     */
    static Scenario campaign(int departments, boolean mutual, int minimum, int itemCount, int optional,
                                     long seed) {
        var random = new Random(seed);
        var operations = DepartmentId.random();
        var invited = IntStream.range(0, departments).mapToObj(i -> DepartmentId.random()).toList();
        var items = ALL_ITEMS.subList(0, itemCount);
        Set<ItemCode> optionalItems = new HashSet<>(items.subList(Math.max(0, itemCount - optional), itemCount));
        var responses = new ArrayList<Response>();
        var person = new HashMap<UUID, Integer>();
        int nextPerson = 0;
        for (var rater : invited) {
            var rates = new ArrayList<DepartmentId>(List.of(operations));
            if (mutual) {
                invited.stream().filter(d -> !d.equals(rater)).forEach(rates::add);
            }
            int people = random.nextInt(13);
            for (int p = 0; p < people; p++) {
                int who = nextPerson++;
                for (var rated : rates) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    var answers = new HashMap<ItemCode, Integer>();
                    for (var item : items) {
                        if (!optionalItems.contains(item) || random.nextInt(3) > 0) {
                            answers.put(item, 1 + random.nextInt(5));
                        }
                    }
                    var comment = random.nextBoolean() ? Optional.of("comment " + who + " on " + rated)
                            : Optional.<String>empty();
                    var response = new Response(UUID.randomUUID(), CAMPAIGN, rater, rated, answers, comment, DAY);
                    responses.add(response);
                    person.put(response.id(), who);
                }
            }
        }
        return new Scenario(responses, person, items, minimum, mutual, seed);
    }
}
