package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.organization.OrganizationSettings;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Require;

import java.time.ZoneId;

import static dev.opscharter.domain.organization.OrganizationPermission.ADMINISTER;

public final class SettingsService implements ManageSettings {

    static final String ENTITY = "OrganizationSettings";

    private final SettingsStore store;
    private final UseCase uc;

    public SettingsService(SettingsStore store, UseCase uc) {
        this.store = store;
        this.uc = uc;
    }

    @Override
    public OrganizationSettings current() {
        return store.load();
    }

    @Override
    public void change(String organizationName, ZoneId timeZone, long version) {
        uc.run(ADMINISTER, () -> {
            Require.present(timeZone, "timeZone");
            var before = store.load();
            var after = store.save(before.change(organizationName, timeZone, version));
            uc.audit(ENTITY, "organization", after.organizationName(), AuditAction.UPDATE, before.snapshot(),
                    after.snapshot());
        });
    }
}
