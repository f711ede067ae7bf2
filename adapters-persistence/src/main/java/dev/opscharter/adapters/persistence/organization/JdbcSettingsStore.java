package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.domain.organization.OrganizationSettings;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Map;

/** The settings row is seeded by the migrations, so saving is always a version-checked update. */
@Component
class JdbcSettingsStore implements SettingsStore {

    private static final String ENTITY = "OrganizationSettings";
    private static final String ID = "organization";

    private final OrganizationSettingsRepository repository;
    private final JdbcAggregateTemplate template;

    JdbcSettingsStore(OrganizationSettingsRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public OrganizationSettings load() {
        return repository.findById(OrganizationSettingsRow.THE_ROW).map(JdbcSettingsStore::toDomain)
                .orElseThrow(() -> new IllegalStateException(
                        "organization_settings has no row: the database was not migrated by Flyway"));
    }

    @Override
    public OrganizationSettings save(OrganizationSettings settings) {
        var saved = Saves.translated(ENTITY, ID, Map.of(), () -> template.update(toRow(settings)));
        return toDomain(saved);
    }

    private static OrganizationSettingsRow toRow(OrganizationSettings settings) {
        return new OrganizationSettingsRow(OrganizationSettingsRow.THE_ROW, settings.organizationName(),
                settings.timeZone().getId(), settings.version());
    }

    private static OrganizationSettings toDomain(OrganizationSettingsRow row) {
        return new OrganizationSettings(row.organizationName(), ZoneId.of(row.timeZone()), row.version());
    }
}
