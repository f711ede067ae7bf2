package dev.opscharter.adapters.persistence.charter;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.UUID;

/** Reads only: versions are inserted through {@code JdbcAggregateTemplate}. */
interface CharterRepository extends Repository<CharterRow, UUID> {

    List<CharterRow> findAllByOrderByNumberAsc();
}
