package dev.opscharter.domain.survey;

import dev.opscharter.domain.survey.SurveyResultsPropertiesTest.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a mutual survey nothing resting on fewer than the minimum people — a hidden group, a rater–rated
 * pair, one item of a pair — can be worked out by any sum or difference of the figures shown. Checked
 * here with exact integer elimination and with the real people behind each set (the generator knows
 * who gave each response), independently of {@link Derivation}'s modular arithmetic and of the
 * domain's estimate of people.
 */
class CrossPartitionAuditPropertiesTest {

    /** One rater department's answers about one rated department to one item, written out apart from the domain's. */
    private record Cell(Object rater, Object rated, ItemCode item) {
    }

    @Property(tries = 300)
    void nothing_below_the_minimum_lies_in_the_span_of_the_figures_shown(@ForAll("mutual") Scenario campaign) {
        var results = campaign.results();

        var leak = firstLeak(campaign, results);

        assertThat(leak).as("worked out from the figures shown").isNull();
        Statistics.label("rater departments shown").collect(!results.raters().shown().isEmpty())
                .coverage(checker -> checker.check(true).percentage(p -> p > 30));
        // the partitions alone leave a leak in a few percent of these campaigns: the audit is exercised
        Statistics.label("the audit hid more than the partitions did")
                .collect(firstLeak(campaign, SurveyResults.perPartition(campaign.responses(), campaign.items(),
                        campaign.minimum(), SatisfactionMethod.TOP_TWO_BOX, new Random(campaign.seed()))) != null)
                .coverage(checker -> checker.check(true).count(n -> n > 0));
    }

    @Property(tries = 300)
    void the_audit_finds_exactly_what_exact_elimination_finds_in_the_unaudited_results(
            @ForAll("mutual") Scenario campaign) {
        var unaudited = SurveyResults.perPartition(campaign.responses(), campaign.items(), campaign.minimum(),
                SatisfactionMethod.TOP_TWO_BOX, new Random(campaign.seed()));
        var answering = campaign.where(r -> !r.answers().isEmpty());

        boolean audited = new CrossPartitionAudit(answering, new Disclosure(campaign.minimum())).leaks(unaudited);

        // the audit counts people by the domain's lower bound, so it may see more than the real people allow
        if (firstLeak(campaign, unaudited) != null) {
            assertThat(audited).as("a leak the exact check finds").isTrue();
        }
    }

    @Provide
    Arbitrary<Scenario> mutual() {
        return Combinators.combine(Arbitraries.integers().between(2, 6), Arbitraries.integers().between(3, 4),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as((departments, minimum, items, optional, seed) -> SurveyResultsPropertiesTest.campaign(
                        departments, true, minimum, items, optional, seed));
    }

    /** A set below the minimum (real people) that the shown figures determine, or null. */
    private static String firstLeak(Scenario campaign, SurveyResults results) {
        if (!results.overall().isShown()) {
            return null;
        }
        Map<Cell, Set<Response>> cells = new LinkedHashMap<>();
        for (var response : campaign.where(r -> !r.answers().isEmpty())) {
            response.answers().keySet().forEach(item -> cells.computeIfAbsent(
                    new Cell(response.rater(), response.rated(), item), c -> new HashSet<>()).add(response));
        }
        var columns = new ArrayList<>(cells.keySet());
        var shown = new ArrayList<Set<Cell>>();
        var candidates = new LinkedHashMap<String, Set<Cell>>();
        var breakdowns = new ArrayList<Breakdown>(List.of(results.rated(), results.raters()));
        breakdowns.addAll(results.items().values());
        shown.add(cells.keySet());
        for (var breakdown : breakdowns) {
            var hidden = new HashSet<Cell>();
            for (var group : breakdown.groups()) {
                var of = select(cells.keySet(), cell -> in(cell, group.group()));
                if (group.isShown()) {
                    shown.add(of);
                } else {
                    hidden.addAll(of);
                    candidates.put(group.group().toString(), of);
                }
            }
            if (breakdown.others().isPresent()) {
                shown.add(hidden);
            }
        }
        for (var cell : columns) {
            candidates.put(cell.toString(), Set.of(cell));
            candidates.put("pair " + cell.rater() + " → " + cell.rated(),
                    select(cells.keySet(), c -> c.rater().equals(cell.rater()) && c.rated().equals(cell.rated())));
        }
        var span = new ExactSpan(columns, shown);
        for (var candidate : candidates.entrySet()) {
            var behind = new HashSet<Response>();
            candidate.getValue().forEach(cell -> behind.addAll(cells.get(cell)));
            int people = campaign.people(behind);
            if (people > 0 && people < campaign.minimum() && span.contains(candidate.getValue())) {
                return candidate.getKey() + " (" + people + " people)";
            }
        }
        return null;
    }

    private static boolean in(Cell cell, ResultGroup group) {
        return switch (group) {
            case ResultGroup.Overall() -> true;
            case ResultGroup.RatedDepartment(var department) -> cell.rated().equals(department);
            case ResultGroup.RaterDepartment(var department) -> cell.rater().equals(department);
            case ResultGroup.ItemOf(var within, var item) -> in(cell, within) && cell.item().equals(item);
            case ResultGroup.CommentsOf(var rated) -> cell.rated().equals(rated);
        };
    }

    private static Set<Cell> select(Set<Cell> all, Predicate<Cell> in) {
        var selected = new HashSet<Cell>();
        all.stream().filter(in).forEach(selected::add);
        return selected;
    }

    /** Row space over the integers, fraction-free: each new row is reduced by cross-multiplying, then divided by its gcd. */
    private static final class ExactSpan {

        private final Map<Cell, Integer> column = new HashMap<>();
        private final List<BigInteger[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        ExactSpan(List<Cell> columns, List<Set<Cell>> shown) {
            columns.forEach(c -> column.put(c, column.size()));
            for (var set : shown) {
                var row = reduce(vector(set));
                for (int c = 0; c < row.length; c++) {
                    if (row[c].signum() != 0) {
                        rows.add(row);
                        pivots.add(c);
                        break;
                    }
                }
            }
        }

        boolean contains(Set<Cell> set) {
            for (var value : reduce(vector(set))) {
                if (value.signum() != 0) {
                    return false;
                }
            }
            return true;
        }

        private BigInteger[] vector(Set<Cell> set) {
            var vector = new BigInteger[column.size()];
            java.util.Arrays.fill(vector, BigInteger.ZERO);
            set.forEach(cell -> vector[column.get(cell)] = BigInteger.ONE);
            return vector;
        }

        private BigInteger[] reduce(BigInteger[] vector) {
            for (int r = 0; r < rows.size(); r++) {
                int pivot = pivots.get(r);
                if (vector[pivot].signum() == 0) {
                    continue;
                }
                var row = rows.get(r);
                var a = row[pivot];
                var b = vector[pivot];
                var gcd = BigInteger.ZERO;
                for (int c = 0; c < vector.length; c++) {
                    vector[c] = vector[c].multiply(a).subtract(row[c].multiply(b));
                    gcd = gcd.gcd(vector[c]);
                }
                if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
                    for (int c = 0; c < vector.length; c++) {
                        vector[c] = vector[c].divide(gcd);
                    }
                }
            }
            return vector;
        }
    }
}
