package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.domain.organization.OrganizationSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The settings row is seeded by the migrations, so saving is always a version-checked update. Every use
 * case asks for "today" in the organization's zone, a respondent's submission several times: the row is
 * read again only after {@link #FRESH_FOR} (a change saved here applies at once, one saved by another
 * instance within that time; a save based on a stale version is refused as a concurrent change).
 */
@Component
class JdbcSettingsStore implements SettingsStore {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final String ENTITY = "OrganizationSettings";
    private static final String ID = "organization";

    private record Read(OrganizationSettings settings, long atNanos) {
    }

    private final OrganizationSettingsRepository repository;
    private final JdbcAggregateTemplate template;
    private volatile @Nullable Read last;

    JdbcSettingsStore(OrganizationSettingsRepository repository, JdbcAggregateTemplate template) {
        this.repository = repository;
        this.template = template;
    }

    @Override
    public OrganizationSettings load() {
        var read = last;
        long now = System.nanoTime();
        if (read == null || now - read.atNanos() >= FRESH_FOR.toNanos()) {
            read = new Read(repository.findById(OrganizationSettingsRow.THE_ROW).map(JdbcSettingsStore::toDomain)
                    .orElseThrow(() -> new IllegalStateException(
                            "organization_settings has no row: the database was not migrated by Flyway")), now);
            last = read;
        }
        return read.settings();
    }

    @Override
    public OrganizationSettings save(OrganizationSettings settings) {
        // forgotten first: should the save fail, or its transaction roll back, the next load reads the row
        last = null;
        var saved = toDomain(Saves.translated(ENTITY, ID, Map.of(), () -> template.update(toRow(settings))));
        last = null;
        return saved;
    }

    private static OrganizationSettingsRow toRow(OrganizationSettings settings) {
        return new OrganizationSettingsRow(OrganizationSettingsRow.THE_ROW, settings.organizationName(),
                settings.timeZone().getId(), settings.version());
    }

    private static OrganizationSettings toDomain(OrganizationSettingsRow row) {
        return new OrganizationSettings(row.organizationName(), ZoneId.of(row.timeZone()), row.version());
    }
}
