package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.OrganizationSettings;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;

import java.time.ZoneId;

public final class SettingsService implements ManageSettings {

    static final String ENTITY = "OrganizationSettings";

    private final SettingsStore store;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;

    public SettingsService(SettingsStore store, Transactions transactions, CurrentActor actor, Audit audit) {
        this.store = store;
        this.transactions = transactions;
        this.actor = actor;
        this.audit = audit;
    }

    @Override
    public OrganizationSettings current() {
        return store.load();
    }

    @Override
    public void change(String organizationName, ZoneId timeZone, long version) {
        AccessDenied.unlessAnyOf(actor.get(), Role.ADMIN);
        Require.present(timeZone, "timeZone");
        transactions.run(() -> {
            var before = store.load();
            var after = store.save(before.change(organizationName, timeZone, version));
            audit.record(ENTITY, "organization", after.organizationName(), AuditAction.UPDATE, before.snapshot(),
                    after.snapshot());
        });
    }
}
