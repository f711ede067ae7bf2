package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.Disclosed.Hidden;
import dev.opscharter.domain.survey.Disclosed.Shown;
import dev.opscharter.domain.survey.Disclosed.Why;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A campaign's results as they may be disclosed: overall, per rated department, per rater
 * department, per item within each rated department, and the comments about each rated department.
 * A group's figure pools every Likert answer of its responses (all items); a response that answers
 * no item counts towards no figure. Every group below the minimum — or hidden so that a smaller one
 * cannot be worked out by subtraction — is an explicit {@link Hidden} state, never 0 or a number.
 */
public record SurveyResults(int minimum, GroupResult overall, Breakdown rated, Breakdown raters,
                            Map<DepartmentId, Breakdown> items, Map<DepartmentId, Comments> comments) {

    private static final Comparator<DepartmentId> BY_ID = Comparator.comparing(DepartmentId::value);

    public SurveyResults {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(rated, "rated");
        Objects.requireNonNull(raters, "raters");
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments));
    }

    /**
     * @param responses the campaign's responses (all of one campaign, answers only to {@code items})
     * @param items     the questionnaire's items, in the order the breakdown lists them
     * @param minimum   the campaign's minimum group (never below {@link Disclosure#FLOOR})
     * @param method    the campaign's satisfaction method
     * @param shuffle   orders the comments; tests pass a seeded one, production a {@code SecureRandom}
     */
    public static SurveyResults of(List<Response> responses, List<ItemCode> items, int minimum,
                                   SatisfactionMethod method, Random shuffle) {
        return new Tally(responses, items, new Disclosure(minimum), method, shuffle).results();
    }

    /** Each partition decided on its own, without the cross-partition audit: what the audit's tests compare with. */
    static SurveyResults perPartition(List<Response> responses, List<ItemCode> items, int minimum,
                                      SatisfactionMethod method, Random shuffle) {
        var tally = new Tally(responses, items, new Disclosure(minimum), method, shuffle);
        return tally.results(tally.members(r -> !r.answers().isEmpty()), Set.of());
    }

    public Optional<GroupResult> ratedDepartment(DepartmentId department) {
        return rated.of(new ResultGroup.RatedDepartment(department));
    }

    public Optional<GroupResult> raterDepartment(DepartmentId department) {
        return raters.of(new ResultGroup.RaterDepartment(department));
    }

    public Optional<Breakdown> itemsOf(DepartmentId rated) {
        return Optional.ofNullable(items.get(rated));
    }

    public Optional<Comments> commentsOn(DepartmentId rated) {
        return Optional.ofNullable(comments.get(rated));
    }

    /** The computation, kept apart so the record stays a plain value. */
    private static final class Tally {

        private final List<Response> responses;
        private final List<ItemCode> items;
        private final Disclosure disclosure;
        private final SatisfactionMethod method;
        private final Random shuffle;

        Tally(List<Response> responses, List<ItemCode> items, Disclosure disclosure,
              SatisfactionMethod method, Random shuffle) {
            this.responses = List.copyOf(responses);
            this.items = List.copyOf(items);
            this.disclosure = disclosure;
            this.method = Objects.requireNonNull(method, "method");
            this.shuffle = Objects.requireNonNull(shuffle, "shuffle");
            check();
        }

        private void check() {
            if (items.isEmpty() || new HashSet<>(items).size() != items.size()) {
                throw new IllegalArgumentException("a questionnaire has one or more distinct items: " + items);
            }
            if (responses.stream().map(Response::campaign).distinct().count() > 1) {
                throw new IllegalArgumentException("results are of one campaign");
            }
            if (responses.stream().map(Response::id).distinct().count() != responses.size()) {
                throw new IllegalArgumentException("a response is counted once");
            }
            var known = Set.copyOf(items);
            if (!responses.stream().allMatch(r -> known.containsAll(r.answers().keySet()))) {
                throw new IllegalArgumentException("a response answers an item the questionnaire does not have");
            }
        }

        /**
         * Each partition decided on its own; then, where respondents rate several departments, the
         * cross-partition audit: while something small can be worked out from what is shown, one more
         * group is hidden — the smallest rater department first, then items, then rated departments,
         * so the figures the scorecard and the rated departments read stay longest.
         */
        SurveyResults results() {
            Set<Response> answering = members(r -> !r.answers().isEmpty());
            Set<ResultGroup> hiddenMore = new HashSet<>();
            var results = results(answering, hiddenMore);
            if (!ratesSeveral(answering)) {
                return results;
            }
            var audit = new CrossPartitionAudit(answering, disclosure);
            if (!audit.feasible()) {
                results.raters().groups().forEach(g -> hiddenMore.add(g.group()));
                return results(answering, hiddenMore);
            }
            while (audit.leaks(results)) {
                var next = nextToHide(results);
                if (next.isEmpty()) {
                    break; // only the overall is shown, which rests on at least the minimum
                }
                hiddenMore.add(next.get());
                results = results(answering, hiddenMore);
            }
            return results;
        }

        /** Whether some rater department rated more than one department: then the partitions cut across. */
        private static boolean ratesSeveral(Set<Response> answering) {
            Map<DepartmentId, DepartmentId> rated = new HashMap<>();
            return answering.stream().anyMatch(r -> !rated.computeIfAbsent(r.rater(), k -> r.rated()).equals(r.rated()));
        }

        private static Optional<ResultGroup> nextToHide(SurveyResults results) {
            var order = Comparator.<GroupResult>comparingInt(g -> g.respondents().orElseThrow())
                    .thenComparing(g -> g.group().toString());
            var items = results.items().values().stream().flatMap(b -> b.shown().stream()).toList();
            for (var shown : List.of(results.raters().shown(), items, results.rated().shown())) {
                var smallest = shown.stream().min(order);
                if (smallest.isPresent()) {
                    return smallest.map(GroupResult::group);
                }
            }
            return Optional.empty();
        }

        private SurveyResults results(Set<Response> answering, Set<ResultGroup> hiddenMore) {
            var overall = figure(new ResultGroup.Overall(), answering, items,
                    disclosure.enough(answering) ? Optional.empty() : Optional.of(Why.FEWER_THAN_MINIMUM));

            var rated = byDepartment(answering, overall.isShown(), Response::rated, ResultGroup.RatedDepartment::new,
                    hiddenMore);
            var raters = byDepartment(answering, overall.isShown(), Response::rater, ResultGroup.RaterDepartment::new,
                    hiddenMore);

            Map<DepartmentId, Breakdown> itemResults = new LinkedHashMap<>();
            Map<DepartmentId, Comments> comments = new LinkedHashMap<>();
            for (var department : departments(responses, Response::rated)) {
                var result = rated.of(new ResultGroup.RatedDepartment(department));
                var about = members(r -> answering.contains(r) && r.rated().equals(department));
                if (!about.isEmpty()) {
                    var shown = result.filter(GroupResult::isShown).isPresent();
                    itemResults.put(department, byItem(department, about, shown, hiddenMore));
                }
                comments.put(department, comments(department, result));
            }
            return new SurveyResults(disclosure.minimum(), overall, rated, raters, itemResults, comments);
        }

        /** Departments partition the responses; the hidden ones fold into "other departments" when large enough. */
        private Breakdown byDepartment(Set<Response> parent, boolean parentShown,
                                       Function<Response, DepartmentId> side,
                                       Function<DepartmentId, ResultGroup> group, Set<ResultGroup> hiddenMore) {
            Map<DepartmentId, Set<Response>> children = new LinkedHashMap<>();
            departments(parent, side).forEach(department -> children.put(department,
                    members(r -> parent.contains(r) && side.apply(r).equals(department))));
            var alsoHidden = children.keySet().stream().filter(d -> hiddenMore.contains(group.apply(d)))
                    .collect(Collectors.toSet());
            var decision = decide(parentShown, parent, children, BY_ID, alsoHidden);
            var groups = children.entrySet().stream().map(child -> figure(group.apply(child.getKey()),
                    child.getValue(), items, decision.why(child.getKey()))).toList();
            var others = decision.others().map(residue -> new Figure(Disclosure.respondents(residue),
                    percentOf(residue, items)));
            return new Breakdown(groups, others);
        }

        /** Items overlap (one response answers several), so hidden items stay hidden one by one. */
        private Breakdown byItem(DepartmentId department, Set<Response> about, boolean parentShown,
                                 Set<ResultGroup> hiddenMore) {
            var within = new ResultGroup.RatedDepartment(department);
            Map<ItemCode, Set<Response>> children = new LinkedHashMap<>();
            items.forEach(item -> children.put(item, members(r -> about.contains(r) && r.answers().containsKey(item))));
            var alsoHidden = items.stream().filter(i -> hiddenMore.contains(new ResultGroup.ItemOf(within, i)))
                    .collect(Collectors.toSet());
            var decision = decide(parentShown, about, children, Comparator.comparingInt(items::indexOf), alsoHidden);
            var groups = children.entrySet().stream().map(child -> figure(
                    new ResultGroup.ItemOf(within, child.getKey()), child.getValue(), List.of(child.getKey()),
                    decision.why(child.getKey()))).toList();
            return new Breakdown(groups, Optional.empty());
        }

        private <K> Disclosure.Decision<K> decide(boolean parentShown, Set<Response> parent,
                                                  Map<K, Set<Response>> children, Comparator<? super K> order,
                                                  Set<K> alsoHidden) {
            return parentShown ? disclosure.decide(parent, children, order, alsoHidden)
                    : disclosure.withinHidden(parent, children, order);
        }

        private GroupResult figure(ResultGroup group, Set<Response> members, List<ItemCode> pooled,
                                   Optional<Why> hidden) {
            Disclosed<Figure> figure = hidden.<Disclosed<Figure>>map(why -> new Hidden<>(disclosure.minimum(), why))
                    .orElseGet(() -> new Shown<>(new Figure(Disclosure.respondents(members),
                            percentOf(members, pooled))));
            return new GroupResult(group, figure);
        }

        private BigDecimal percentOf(Set<Response> members, List<ItemCode> pooled) {
            var counts = new long[Response.MAX_SCORE];
            for (var response : members) {
                for (var item : pooled) {
                    response.answer(item).ifPresent(score -> counts[score - 1]++);
                }
            }
            return method.percent(counts).orElseThrow(() ->
                    new IllegalStateException("a shown group has answers, so the method gives a figure"));
        }

        /** Comments follow their department: hidden for the same reason, or (no answers at all) as too few. */
        private Comments comments(DepartmentId department, Optional<GroupResult> rated) {
            var group = new ResultGroup.CommentsOf(department);
            if (rated.filter(GroupResult::isShown).isEmpty()) {
                var why = rated.map(GroupResult::figure)
                        .flatMap(figure -> figure instanceof Hidden<Figure> hidden
                                ? Optional.of(hidden.why()) : Optional.empty())
                        .orElse(Why.FEWER_THAN_MINIMUM);
                return new Comments(group, new Hidden<>(disclosure.minimum(), why));
            }
            // sorted first, so the order shown owes nothing to the order responses arrived in
            var texts = new ArrayList<>(responses.stream().filter(r -> r.rated().equals(department))
                    .flatMap(r -> r.comment().stream()).sorted().toList());
            Collections.shuffle(texts, shuffle);
            return new Comments(group, new Shown<>(texts));
        }

        private Set<Response> members(Predicate<Response> in) {
            Set<Response> members = new HashSet<>();
            responses.stream().filter(in).forEach(members::add);
            return members;
        }

        private static List<DepartmentId> departments(Iterable<Response> responses,
                                                      Function<Response, DepartmentId> side) {
            var departments = new TreeMap<DepartmentId, Boolean>(BY_ID);
            responses.forEach(r -> departments.put(side.apply(r), true));
            return List.copyOf(departments.keySet());
        }
    }
}
