package dev.opscharter.domain.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One partition of a group (by rated department, by rater department, by item): every child's
 * result, and the hidden children folded into one "other departments" figure when together they
 * reach the minimum and at least one child is shown (it is what subtraction would give anyway).
 */
public record Breakdown(List<GroupResult> groups, Optional<Figure> others) {

    public Breakdown {
        groups = List.copyOf(groups);
        Objects.requireNonNull(others, "others");
    }

    public Optional<GroupResult> of(ResultGroup group) {
        return groups.stream().filter(g -> g.group().equals(group)).findFirst();
    }

    public List<GroupResult> shown() {
        return groups.stream().filter(GroupResult::isShown).toList();
    }
}
