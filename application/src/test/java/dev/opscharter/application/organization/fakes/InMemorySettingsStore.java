package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.OrganizationSettings;

public final class InMemorySettingsStore implements SettingsStore {

    private OrganizationSettings settings = new OrganizationSettings("OpsCharter",
            OrganizationSettings.DEFAULT_TIME_ZONE, 1);

    @Override
    public synchronized OrganizationSettings load() {
        return settings;
    }

    @Override
    public synchronized OrganizationSettings save(OrganizationSettings changed) {
        if (changed.version() != settings.version()) {
            throw new ConcurrentModification("OrganizationSettings", "organization");
        }
        settings = new OrganizationSettings(changed.organizationName(), changed.timeZone(), changed.version() + 1);
        return settings;
    }
}
