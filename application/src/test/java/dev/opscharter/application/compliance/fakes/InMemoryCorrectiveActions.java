package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Corrective actions in memory, with the optimistic locking of the JDBC adapter. */
public final class InMemoryCorrectiveActions implements CorrectiveActions {

    private static final Comparator<CorrectiveAction> NEWEST_FIRST =
            Comparator.comparing(CorrectiveAction::createdAt).reversed();

    private final Map<CorrectiveActionId, CorrectiveAction> actions = new LinkedHashMap<>();

    @Override
    public synchronized CorrectiveAction save(CorrectiveAction action) {
        var stored = actions.get(action.id());
        long version = action.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("CorrectiveAction", action.id());
        }
        var saved = action.withVersion(version + 1);
        actions.put(action.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<CorrectiveAction> byId(CorrectiveActionId id) {
        return Optional.ofNullable(actions.get(id));
    }

    @Override
    public synchronized List<CorrectiveAction> all() {
        return actions.values().stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized List<CorrectiveAction> ownedBy(String owner) {
        return actions.values().stream().filter(a -> a.owner().equals(owner)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized List<CorrectiveAction> overdueOn(LocalDate day) {
        return actions.values().stream().filter(a -> a.isOverdue(day))
                .sorted(Comparator.comparing(CorrectiveAction::dueOn)).toList();
    }
}
