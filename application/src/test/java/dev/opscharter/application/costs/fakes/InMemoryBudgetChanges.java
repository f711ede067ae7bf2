package dev.opscharter.application.costs.fakes;

import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.BudgetChangeId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryBudgetChanges implements BudgetChanges {

    private final Map<BudgetChangeId, BudgetChange> changes = new LinkedHashMap<>();

    @Override
    public synchronized Optional<BudgetChange> byId(BudgetChangeId id) {
        return Optional.ofNullable(changes.get(id));
    }

    /** A request is written once; it has no version. */
    @Override
    public synchronized BudgetChange save(BudgetChange change) {
        if (changes.putIfAbsent(change.id(), change) != null) {
            throw new IllegalStateException("a budget change is never rewritten: " + change.id());
        }
        return change;
    }

    @Override
    public synchronized List<BudgetChange> ofYear(int year) {
        return changes.values().stream().filter(c -> c.year() == year)
                .sorted(Comparator.comparing(BudgetChange::requestedAt)).toList();
    }
}
