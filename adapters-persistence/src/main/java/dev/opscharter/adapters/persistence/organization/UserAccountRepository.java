package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads only: writes go through {@code JdbcAggregateTemplate} so that insert and update are explicit. */
interface UserAccountRepository extends Repository<UserAccountRow, UUID> {

    List<UserAccountRow> findAll();

    Optional<UserAccountRow> findById(UUID id);

    Optional<UserAccountRow> findByUsername(String username);

    Optional<UserAccountRow> findByPersonId(UUID personId);
}
