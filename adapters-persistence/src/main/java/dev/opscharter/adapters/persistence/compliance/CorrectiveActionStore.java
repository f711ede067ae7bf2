package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CorrectiveActions} on PostgreSQL through Spring Data JDBC, with optimistic locking. */
@Component
class CorrectiveActionStore implements CorrectiveActions {

    private static final String ENTITY = "CorrectiveAction";
    private static final List<String> IN_OWNERS_HANDS =
            List.of(ActionStatus.OPEN.name(), ActionStatus.IN_PROGRESS.name());

    private final CorrectiveActionRepository repository;
    private final JdbcAggregateTemplate template;

    CorrectiveActionStore(CorrectiveActionRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public CorrectiveAction save(CorrectiveAction action) {
        var row = CorrectiveActionMapper.toRow(action);
        var saved = Saves.translated(ENTITY, action.id(), Map.of(),
                () -> action.version() == 0 ? template.insert(row) : template.update(row));
        return CorrectiveActionMapper.toDomain(saved);
    }

    @Override
    public Optional<CorrectiveAction> byId(CorrectiveActionId id) {
        return repository.findById(id.value()).map(CorrectiveActionMapper::toDomain);
    }

    @Override
    public List<CorrectiveAction> all() {
        return repository.findAllByOrderByCreatedAtDescIdDesc().stream().map(CorrectiveActionMapper::toDomain).toList();
    }

    @Override
    public List<CorrectiveAction> ownedBy(String owner) {
        return repository.findByOwnerOrderByCreatedAtDescIdDesc(owner).stream()
                .map(CorrectiveActionMapper::toDomain).toList();
    }

    @Override
    public List<CorrectiveAction> overdueOn(LocalDate day) {
        return repository.findByStatusInAndDueOnBeforeOrderByDueOnAscIdAsc(IN_OWNERS_HANDS, day).stream()
                .map(CorrectiveActionMapper::toDomain).toList();
    }
}
