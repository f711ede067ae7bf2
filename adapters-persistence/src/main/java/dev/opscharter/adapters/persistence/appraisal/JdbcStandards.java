package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Versions are only inserted; a number (or id) already taken means someone else adjusted first. */
@Component
class JdbcStandards implements Standards {

    private static final String ENTITY = "AppraisalStandards";

    private final StandardsRepository repository;
    private final JdbcAggregateTemplate template;

    JdbcStandards(StandardsRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public List<AppraisalStandards> all() {
        return repository.findAllByOrderByNumberAsc().stream().map(StandardsMapper::toDomain).toList();
    }

    @Override
    public void add(AppraisalStandards standards) {
        var row = StandardsMapper.toRow(standards);
        Saves.translated(ENTITY, standards.id().value(),
                Map.of("appraisal_standards_number_unique",
                        () -> new ConcurrentModification(ENTITY, standards.number())),
                () -> template.insert(row));
    }
}
