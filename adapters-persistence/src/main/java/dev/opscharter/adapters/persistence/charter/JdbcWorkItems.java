package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcWorkItems implements WorkItems {

    private static final String ENTITY = "WorkItem";

    private final WorkItemRepository repository;
    private final JdbcAggregateTemplate template;

    JdbcWorkItems(WorkItemRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public WorkItem save(WorkItem item) {
        var row = WorkItemMapper.toRow(item);
        var saved = Saves.translated(ENTITY, item.id(), Map.of(),
                () -> item.version() == 0 ? template.insert(row) : template.update(row));
        return WorkItemMapper.toDomain(saved);
    }

    @Override
    public Optional<WorkItem> byId(WorkItemId id) {
        return repository.findById(id.value()).map(WorkItemMapper::toDomain);
    }

    @Override
    public List<WorkItem> all() {
        return repository.findAllByOrderByRaisedAtDescIdDesc().stream().map(WorkItemMapper::toDomain).toList();
    }
}
