package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether the results of a mutual survey give away something small across their partitions. There a
 * respondent rates several departments, so the breakdowns by rated and by rater department (and the
 * items) cut the same answers in different ways, and a rater's figure minus a rated department's can
 * isolate a few people's answers that no single partition shows. {@link Disclosure} keeps each partition
 * safe on its own; this audit asks {@link Derivation} whether any hidden group, any rater–rated pair or any
 * item of a pair that rests on more than none but fewer than the minimum people lies in the span of the
 * figures shown. Bounded by {@link #MAX_CELLS}: a larger survey is not audited, and its caller hides the
 * rater breakdown, which leaves the partitions that are safe without it.
 */
final class CrossPartitionAudit {

    /** Cells above which the audit would cost seconds per look at the results. */
    static final int MAX_CELLS = 1_500;

    /** One rater department's answers about one rated department to one item. */
    record Cell(DepartmentId rater, DepartmentId rated, ItemCode item) {
    }

    private final Disclosure disclosure;
    private final Map<Cell, Set<Response>> cells = new LinkedHashMap<>();
    private final Map<Cell, Integer> columns = new HashMap<>();

    CrossPartitionAudit(Collection<Response> answering, Disclosure disclosure) {
        this.disclosure = disclosure;
        for (var response : answering) {
            response.answers().keySet().forEach(item -> cells.computeIfAbsent(
                    new Cell(response.rater(), response.rated(), item), c -> new HashSet<>()).add(response));
        }
        cells.keySet().forEach(cell -> columns.put(cell, columns.size()));
    }

    boolean feasible() {
        return cells.size() <= MAX_CELLS;
    }

    /** Whether something below the minimum can be worked out from what {@code results} shows. */
    boolean leaks(SurveyResults results) {
        if (!results.overall().isShown()) {
            return false;
        }
        var derivation = new Derivation<>(columns, shown(results));
        return candidates(results).stream().anyMatch(candidate -> {
            var behind = responses(candidate);
            return !behind.isEmpty() && !disclosure.enough(behind) && derivation.derives(candidate);
        });
    }

    /** Every figure shown, each as the cells it pools; a fold of hidden groups pools theirs. */
    private List<Set<Cell>> shown(SurveyResults results) {
        var shown = new ArrayList<Set<Cell>>();
        shown.add(cells.keySet());
        for (var breakdown : breakdowns(results)) {
            breakdown.shown().forEach(group -> shown.add(cellsOf(group.group())));
            if (breakdown.others().isPresent()) {
                var fold = new HashSet<Cell>();
                breakdown.groups().stream().filter(g -> !g.isShown()).forEach(g -> fold.addAll(cellsOf(g.group())));
                shown.add(fold);
            }
        }
        return shown;
    }

    /** The hidden groups, every rater–rated pair and every single cell. */
    private List<Set<Cell>> candidates(SurveyResults results) {
        var candidates = new ArrayList<Set<Cell>>();
        breakdowns(results).forEach(b -> b.groups().stream().filter(g -> !g.isShown())
                .forEach(g -> candidates.add(cellsOf(g.group()))));
        var pairs = new LinkedHashMap<List<DepartmentId>, Set<Cell>>();
        for (var cell : cells.keySet()) {
            pairs.computeIfAbsent(List.of(cell.rater(), cell.rated()), p -> new HashSet<>()).add(cell);
            candidates.add(Set.of(cell));
        }
        candidates.addAll(pairs.values());
        return candidates;
    }

    /** The partitions shown: by rated department, by rater department, and the items of each rated department. */
    private static List<Breakdown> breakdowns(SurveyResults results) {
        var breakdowns = new ArrayList<Breakdown>(List.of(results.rated(), results.raters()));
        breakdowns.addAll(results.items().values());
        return breakdowns;
    }

    private Set<Cell> cellsOf(ResultGroup group) {
        return select(switch (group) {
            case ResultGroup.Overall() -> cell -> true;
            case ResultGroup.RatedDepartment(var department) -> cell -> cell.rated().equals(department);
            case ResultGroup.RaterDepartment(var department) -> cell -> cell.rater().equals(department);
            case ResultGroup.ItemOf(var within, var item) -> {
                var of = cellsOf(within);
                yield cell -> of.contains(cell) && cell.item().equals(item);
            }
            case ResultGroup.CommentsOf(var rated) -> cell -> cell.rated().equals(rated);
        });
    }

    private Set<Cell> select(Predicate<Cell> in) {
        var selected = new HashSet<Cell>();
        cells.keySet().stream().filter(in).forEach(selected::add);
        return selected;
    }

    private Set<Response> responses(Set<Cell> of) {
        var responses = new HashSet<Response>();
        of.forEach(cell -> responses.addAll(cells.get(cell)));
        return responses;
    }
}
