package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads only: writes go through {@code JdbcAggregateTemplate} so that insert and update are explicit. */
interface DepartmentRepository extends Repository<DepartmentRow, UUID> {

    List<DepartmentRow> findAll();

    Optional<DepartmentRow> findById(UUID id);

    Optional<DepartmentRow> findByCode(String code);
}
