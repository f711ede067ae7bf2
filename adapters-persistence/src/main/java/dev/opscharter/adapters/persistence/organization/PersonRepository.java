package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads only: writes go through {@code JdbcAggregateTemplate} so that insert and update are explicit. */
interface PersonRepository extends Repository<PersonRow, UUID> {

    List<PersonRow> findAll();

    Optional<PersonRow> findById(UUID id);
}
