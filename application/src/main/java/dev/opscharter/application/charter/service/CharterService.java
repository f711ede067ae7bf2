package dev.opscharter.application.charter.service;

import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ReviseCharter;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterHistory;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class CharterService implements CharterQueries, ReviseCharter {

    static final String ENTITY = "Charter";

    private final Charters charters;
    private final SettingsStore settings;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public CharterService(Charters charters, SettingsStore settings, Transactions transactions, CurrentActor actor,
                          Audit audit, Clock clock) {
        this.charters = charters;
        this.settings = settings;
        this.transactions = transactions;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Charter inForce() {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> history().inForceOn(today())
                .orElseThrow(() -> new NotFound(ENTITY, "in force")));
    }

    @Override
    public List<Charter> versions() {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> history().versions());
    }

    @Override
    public Charter version(int number) {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> history().number(number).orElseThrow(() -> new NotFound(ENTITY, number)));
    }

    @Override
    public int revise(List<DutyDimension> dimensions, LocalDate effectiveFrom, String note, int basedOn) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, Role.OPS_MANAGER, Role.OPS_DIRECTOR);
        return transactions.inTransaction(() -> {
            var latest = history().latest().orElseThrow(() -> new NotFound(ENTITY, "latest"));
            if (latest.number() != basedOn) {
                throw new ConcurrentModification(ENTITY, basedOn);
            }
            var next = latest.revise(dimensions, effectiveFrom, note, me.name(), clock.instant(), today());
            charters.add(next);
            audit.record(ENTITY, next.id(), "v" + next.number(), AuditAction.CREATE, summary(latest),
                    summary(next));
            return next.number();
        });
    }

    private static Map<String, String> summary(Charter charter) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", Integer.toString(charter.number()));
        fields.put("effectiveFrom", charter.effectiveFrom().toString());
        charter.lines().forEach(line -> fields.put(line.dutyType().code(), line.involvement()
                + line.department().map(d -> " → " + d).orElse("")
                + line.signOff().map(s -> " [" + s + "]").orElse("") + " " + line.textZh() + " / " + line.textEn()));
        return fields;
    }

    CharterHistory history() {
        return new CharterHistory(charters.all());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
    }
}
