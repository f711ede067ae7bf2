package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.charter.Charter;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Versions are only inserted; a number (or id) already taken means someone else revised first. */
@Component
class JdbcCharters implements Charters {

    private static final String ENTITY = "Charter";

    private final CharterRepository repository;
    private final JdbcAggregateTemplate template;

    JdbcCharters(CharterRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public List<Charter> all() {
        return repository.findAllByOrderByNumberAsc().stream().map(CharterMapper::toDomain).toList();
    }

    @Override
    public void add(Charter charter) {
        var row = CharterMapper.toRow(charter);
        Saves.translated(ENTITY, charter.id(),
                Map.of("charter_version_number_unique", () -> new ConcurrentModification(ENTITY, charter.number())),
                () -> template.insert(row));
    }
}
