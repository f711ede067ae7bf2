package dev.opscharter.adapters.persistence.compliance;

import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads only: writes go through {@code JdbcAggregateTemplate} so that insert and update are explicit. */
interface CorrectiveActionRepository extends Repository<CorrectiveActionRow, UUID> {

    Optional<CorrectiveActionRow> findById(UUID id);

    List<CorrectiveActionRow> findAllByOrderByCreatedAtDescIdDesc();

    List<CorrectiveActionRow> findByOwnerOrderByCreatedAtDescIdDesc(String owner);

    List<CorrectiveActionRow> findByStatusInAndDueOnBeforeOrderByDueOnAscIdAsc(Collection<String> statuses,
                                                                               LocalDate day);
}
