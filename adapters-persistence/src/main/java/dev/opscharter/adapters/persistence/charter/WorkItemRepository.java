package dev.opscharter.adapters.persistence.charter;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads only: writes go through {@code JdbcAggregateTemplate} so that insert and update are explicit. */
interface WorkItemRepository extends Repository<WorkItemRow, UUID> {

    Optional<WorkItemRow> findById(UUID id);

    /** Newest first; items raised at the same instant in a fixed order. */
    List<WorkItemRow> findAllByOrderByRaisedAtDescIdDesc();
}
