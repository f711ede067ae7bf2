package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.Disclosed.Why;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which groups of one partition may be shown (SPEC §3 "Anonymity"). A group is shown only when it
 * rests on at least {@code minimum} people (primary suppression). Because the parent's figure pools
 * its children's answers, the children hidden together are what "parent minus shown children"
 * reveals; while that residue rests on more than none but fewer than {@code minimum} people, the
 * smallest shown child is hidden too (complementary suppression; ties by the given order, so the
 * result is deterministic). Under a hidden parent nothing is shown.
 */
public record Disclosure(int minimum) {

    /** No campaign may disclose groups smaller than this. */
    public static final int FLOOR = 3;

    public Disclosure {
        if (minimum < FLOOR) {
            throw new IllegalArgumentException("the minimum group is never below " + FLOOR + ": " + minimum);
        }
    }

    /** The outcome for one partition: the hidden children with their reason, and what they reveal together. */
    public record Decision<K>(Map<K, Why> hidden, Set<K> shown, Set<Response> residue, Optional<Set<Response>> others) {

        public Decision {
            hidden = Map.copyOf(hidden);
            shown = Set.copyOf(shown);
            residue = Set.copyOf(residue);
        }

        public boolean isShown(K child) {
            return shown.contains(child);
        }

        public Optional<Why> why(K child) {
            return Optional.ofNullable(hidden.get(child));
        }
    }

    public boolean enough(Collection<Response> group) {
        return respondents(group) >= minimum;
    }

    /**
     * The fewest people who can have given these responses. A respondent answers once per
     * (rater, rated) pair and belongs to one rater department, so within a rater department the
     * largest pair count is a lower bound, and rater departments add up. In a survey where every
     * department rates only Operations, this is simply the number of responses; in a mutual survey
     * it stops one person's several responses from counting as several people.
     */
    public static int respondents(Collection<Response> group) {
        Map<DepartmentId, Map<DepartmentId, Integer>> byPair = new HashMap<>();
        for (var response : group) {
            byPair.computeIfAbsent(response.rater(), r -> new HashMap<>()).merge(response.rated(), 1, Integer::sum);
        }
        return byPair.values().stream()
                .mapToInt(byRated -> byRated.values().stream().mapToInt(Integer::intValue).max().orElse(0))
                .sum();
    }

    /** Decides a partition of a parent whose own visibility follows from its size. */
    public <K> Decision<K> decide(Set<Response> parent, Map<K, Set<Response>> children, Comparator<? super K> order) {
        return decide(enough(parent), parent, children, order, Set.of());
    }

    /**
     * As {@link #decide(Set, Map, Comparator)}, with {@code alsoHidden} hidden to protect a group of
     * another partition (see {@code CrossPartitionAudit}); the residue rule then applies to them too.
     */
    public <K> Decision<K> decide(Set<Response> parent, Map<K, Set<Response>> children, Comparator<? super K> order,
                                  Set<K> alsoHidden) {
        return decide(enough(parent), parent, children, order, alsoHidden);
    }

    /** Decides a partition of a parent that is hidden (for any reason): every child is hidden. */
    public <K> Decision<K> withinHidden(Set<Response> parent, Map<K, Set<Response>> children,
                                        Comparator<? super K> order) {
        return decide(false, parent, children, order, Set.of());
    }

    private <K> Decision<K> decide(boolean parentShown, Set<Response> parent, Map<K, Set<Response>> children,
                                   Comparator<? super K> order, Set<K> alsoHidden) {
        children.values().forEach(child -> {
            if (!parent.containsAll(child)) {
                throw new IllegalArgumentException("a child group holds responses its parent does not");
            }
        });
        Map<K, Why> hidden = new LinkedHashMap<>();
        children.forEach((key, child) -> {
            if (!enough(child)) {
                hidden.put(key, Why.FEWER_THAN_MINIMUM);
            } else if (!parentShown) {
                hidden.put(key, Why.WITHIN_A_HIDDEN_GROUP);
            } else if (alsoHidden.contains(key)) {
                hidden.put(key, Why.PROTECTS_A_SMALLER_GROUP);
            }
        });
        var residue = residue(parent, children, hidden.keySet());
        while (parentShown && !residue.isEmpty() && !enough(residue)) {
            var smallest = children.keySet().stream().filter(key -> !hidden.containsKey(key))
                    .min(Comparator.<K>comparingInt(key -> respondents(children.get(key))).thenComparing(order));
            if (smallest.isEmpty()) {
                break; // cannot happen: with every child hidden the residue is the (shown) parent itself
            }
            hidden.put(smallest.get(), Why.PROTECTS_A_SMALLER_GROUP);
            residue = residue(parent, children, hidden.keySet());
        }
        var shown = children.keySet().stream().filter(key -> !hidden.containsKey(key)).collect(Collectors.toSet());
        var others = parentShown && !shown.isEmpty() && !residue.isEmpty() && enough(residue)
                ? Optional.of(residue) : Optional.<Set<Response>>empty();
        return new Decision<>(hidden, shown, residue, others);
    }

    /**
     * What subtracting the shown children from the parent reveals: the hidden children's responses
     * (children may overlap, as items of one response do) and any parent response in no child.
     */
    private static <K> Set<Response> residue(Set<Response> parent, Map<K, Set<Response>> children, Set<K> hidden) {
        Set<Response> inAnyChild = new HashSet<>();
        children.values().forEach(inAnyChild::addAll);
        Set<Response> residue = new HashSet<>();
        parent.stream().filter(r -> !inAnyChild.contains(r)).forEach(residue::add);
        hidden.forEach(key -> residue.addAll(children.get(key)));
        return residue;
    }
}
