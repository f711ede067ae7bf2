package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    @Override
    public synchronized List<CorrectiveAction> page(Selection selection, PageRequest page) {
        Comparator<CorrectiveAction> order = NEWEST_FIRST.thenComparing(a -> a.id().value(), Comparator.reverseOrder());
        for (var sort : page.sort().reversed()) {
            Comparator<CorrectiveAction> by = switch (sort.key()) {
                case "title" -> Comparator.comparing(a -> a.title().toLowerCase(Locale.ROOT));
                case "owner" -> Comparator.comparing(CorrectiveAction::owner);
                case "dueOn" -> Comparator.comparing(CorrectiveAction::dueOn);
                case "status" -> Comparator.comparing(CorrectiveAction::status);
                case "createdAt" -> Comparator.comparing(CorrectiveAction::createdAt);
                default -> null;
            };
            if (by != null) {
                order = (sort.descending() ? by.reversed() : by).thenComparing(order);
            }
        }
        return actions.values().stream().filter(a -> selects(selection, a)).sorted(order)
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized long count(Selection selection) {
        return actions.values().stream().filter(a -> selects(selection, a)).count();
    }

    private static boolean selects(Selection s, CorrectiveAction a) {
        return s.owner().map(a.owner()::equals).orElse(true)
                && s.status().map(status -> a.status() == status).orElse(true)
                && s.overdueOn().map(a::isOverdue).orElse(true);
    }
}
