package dev.opscharter.application.charter.service;

import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ReviseCharter;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterHistory;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.opscharter.domain.charter.CharterPermission.READ;
import static dev.opscharter.domain.charter.CharterPermission.REVISE;

public final class CharterService implements CharterQueries, ReviseCharter {

    static final String ENTITY = "Charter";

    private final Charters charters;
    private final UseCase uc;

    public CharterService(Charters charters, UseCase uc) {
        this.charters = charters;
        this.uc = uc;
    }

    @Override
    public Charter inForce() {
        return uc.read(READ, () -> history().inForceOn(uc.calendar().today())
                .orElseThrow(() -> new NotFound(ENTITY, "in force")));
    }

    @Override
    public List<Charter> versions() {
        return uc.read(READ, () -> history().versions());
    }

    @Override
    public Charter version(int number) {
        return uc.read(READ, () -> history().number(number).orElseThrow(() -> new NotFound(ENTITY, number)));
    }

    /** A revision is a new version, never an edit: it is based on the latest, which must still be the latest. */
    @Override
    public int revise(List<DutyDimension> dimensions, LocalDate effectiveFrom, String note, int basedOn) {
        return uc.write(REVISE, me -> {
            var latest = history().latest().orElseThrow(() -> new NotFound(ENTITY, "latest"));
            if (latest.number() != basedOn) {
                throw new ConcurrentModification(ENTITY, basedOn);
            }
            var calendar = uc.calendar();
            var next = latest.revise(dimensions, effectiveFrom, note, me.name(), calendar.now(),
                    calendar.today());
            charters.add(next);
            uc.audit(ENTITY, next.id(), "v" + next.number(), AuditAction.CREATE, summary(latest), summary(next));
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
}
