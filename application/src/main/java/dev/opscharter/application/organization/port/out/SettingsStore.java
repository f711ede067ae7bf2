package dev.opscharter.application.organization.port.out;

import dev.opscharter.domain.organization.OrganizationSettings;

/** The single row of organization settings (seeded by a migration). */
public interface SettingsStore {

    OrganizationSettings load();

    OrganizationSettings save(OrganizationSettings settings);
}
