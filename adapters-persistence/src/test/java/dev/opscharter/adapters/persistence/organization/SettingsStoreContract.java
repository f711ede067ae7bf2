package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.OrganizationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SettingsStore} does. There is one settings row and the JDBC tests share it, so
 * each test puts the defaults back afterwards (as a new version: versions only go up).
 */
abstract class SettingsStoreContract {

    private static final String DEFAULT_NAME = "OpsCharter";

    protected abstract SettingsStore store();

    @AfterEach
    void restore_the_defaults() {
        var current = store().load();
        if (!current.organizationName().equals(DEFAULT_NAME)
                || !current.timeZone().equals(OrganizationSettings.DEFAULT_TIME_ZONE)) {
            store().save(current.change(DEFAULT_NAME, OrganizationSettings.DEFAULT_TIME_ZONE, current.version()));
        }
    }

    @Test
    void the_settings_start_as_opscharter_in_shanghai_time() {
        var settings = store().load();

        assertThat(settings.organizationName()).isEqualTo(DEFAULT_NAME);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(settings.version()).isPositive();
    }

    @Test
    void a_change_from_the_loaded_version_is_stored_and_bumps_the_version() {
        var loaded = store().load();

        var saved = store().save(loaded.change("华东运营有限公司", ZoneId.of("Europe/Berlin"), loaded.version()));

        assertThat(saved).isEqualTo(new OrganizationSettings("华东运营有限公司", ZoneId.of("Europe/Berlin"),
                loaded.version() + 1));
        assertThat(store().load()).isEqualTo(saved);
    }

    @Test
    void stale_update_is_refused_and_changes_nothing() {
        var loaded = store().load();
        var current = store().save(loaded.change("Current name", ZoneId.of("UTC"), loaded.version()));

        assertThatThrownBy(() -> store().save(loaded.change("Stale name", ZoneId.of("Asia/Tokyo"), loaded.version())))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(store().load()).isEqualTo(current);
    }
}
