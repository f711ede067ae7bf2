package dev.opscharter.adapters.persistence.appraisal;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.UUID;

/** Reads only: versions are inserted through {@code JdbcAggregateTemplate}. */
interface StandardsRepository extends Repository<StandardsRow, UUID> {

    List<StandardsRow> findAllByOrderByNumberAsc();
}
