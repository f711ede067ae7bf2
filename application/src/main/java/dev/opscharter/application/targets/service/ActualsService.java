package dev.opscharter.application.targets.service;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.opscharter.domain.targets.TargetsPermission.RECORD;

/**
 * The daily actuals, entered by hand or imported (SPEC §5, by the execution records' rules): every row is
 * checked before it reaches the store, the rows stream from the file into one {@link Actuals.Batch} in one
 * transaction with the audit entry, and the first bad row refuses the whole file, naming its line. The same
 * file again changes nothing; a day given another value is a correction, counted as such.
 */
public final class ActualsService implements RecordActuals {

    static final String HAND_ENTRY = "DailyActuals";
    static final String IMPORT = "DailyActualsImport";
    /** Days an audit entry of a hand entry lists one by one; beyond, only the counts. */
    private static final int LISTED = 20;

    private final Actuals actuals;
    private final BusinessUnits units;
    private final Metrics metrics;
    private final RowFiles files;
    private final UseCase uc;

    public ActualsService(Actuals actuals, BusinessUnits units, Metrics metrics, RowFiles files, UseCase uc) {
        this.actuals = actuals;
        this.units = units;
        this.metrics = metrics;
        this.files = files;
        this.uc = uc;
    }

    @Override
    public Actuals.Stored record(List<DailyActual> entered) {
        return uc.write(RECORD, () -> {
            if (entered.isEmpty()) {
                return new Actuals.Stored(0, 0, 0);
            }
            var codes = new LinkedHashMap<DailyActual, String>();
            entered.forEach(actual -> codes.put(actual, checked(actual)));
            Actuals.Stored stored;
            try {
                stored = actuals.addAll(entered);
            } catch (Actuals.DayGivenTwice twice) {
                throw new InvalidValue("day", "validation.targets.day-given-twice",
                        codes.get(entered.get((int) twice.line() - 1)));
            }
            var from = span(entered, true);
            var until = span(entered, false);
            var after = counts(entered.size(), stored, from, until);
            if (entered.size() <= LISTED) {
                after.put("entries", codes.values().stream().collect(Collectors.joining("; ")));
            }
            var label = from.orElseThrow() + (from.equals(until) ? "" : " – " + until.orElseThrow());
            uc.audit(HAND_ENTRY, UUID.randomUUID(), label, AuditAction.CREATE, Map.of(), after);
            return stored;
        });
    }

    /** Refuses a day of a unit or metric that does not exist, a ratio's, or a day or value out of bounds. */
    private String checked(DailyActual actual) {
        var unit = units.byId(actual.unit()).map(BusinessUnit::code)
                .orElseThrow(() -> new InvalidValue("unit", "validation.targets.unknown-unit"));
        Metric metric = metrics.byId(actual.metric())
                .orElseThrow(() -> new InvalidValue("metric", "validation.targets.unknown-metric"));
        if (metric.aggregation() instanceof Aggregation.Ratio) {
            throw new InvalidValue("metric", "validation.targets.ratio-recorded", metric.code());
        }
        BusinessDate.check(actual.day(), "day");
        if (!DailyActual.fits(actual.value())) {
            throw new InvalidValue("value", "validation.targets.value-bounds", DailyActual.INTEGER_DIGITS,
                    DailyActual.FRACTION_DIGITS);
        }
        return unit + " " + metric.code() + " " + actual.day() + " = " + actual.value().toPlainString();
    }

    @Override
    public ImportSummary importFile(Path file, String fileName) {
        uc.require(RECORD);
        var name = fileName.isBlank() ? "?" : fileName.strip();
        try (var rows = files.open(file, name)) {
            return uc.write(RECORD, () -> importAll(rows, name));
        }
    }

    /** In the caller's transaction: every row, or none. */
    private ImportSummary importAll(ImportRows source, String name) {
        var rows = new ActualRows(source, units, metrics.all());
        try (var batch = actuals.begin()) {
            long received = 0;
            LocalDate from = null;
            LocalDate until = null;
            Actuals.Stored stored;
            try {
                while (rows.next()) {
                    if (received == ImportRows.MAX_ROWS) {
                        throw new ImportRefused(rows.line(), ActualRows.PREFIX + "too-many-rows", ImportRows.MAX_ROWS);
                    }
                    var actual = rows.actual();
                    batch.add(rows.line(), actual);
                    received++;
                    from = from == null || actual.day().isBefore(from) ? actual.day() : from;
                    until = until == null || actual.day().isAfter(until) ? actual.day() : until;
                }
                if (received == 0) {
                    throw new ImportRefused(rows.line(), ActualRows.PREFIX + "no-rows");
                }
                stored = batch.commit();
            } catch (Actuals.DayGivenTwice twice) {
                throw new ImportRefused(twice.line(), ActualRows.PREFIX + "day-given-twice", twice.earlierLine());
            }
            var summary = new ImportSummary(name, received, stored.added(), stored.changed(), stored.unchanged(),
                    Optional.ofNullable(from), Optional.ofNullable(until));
            var after = counts(received, stored, summary.from(), summary.until());
            after.put("file", name);
            uc.audit(IMPORT, UUID.randomUUID(), name, AuditAction.CREATE, Map.of(), after);
            return summary;
        }
    }

    private static Optional<LocalDate> span(List<DailyActual> days, boolean first) {
        var sorted = days.stream().map(DailyActual::day).sorted();
        return first ? sorted.findFirst() : sorted.reduce((a, b) -> b);
    }

    private static Map<String, String> counts(long received, Actuals.Stored stored, Optional<LocalDate> from,
                                              Optional<LocalDate> until) {
        var after = new LinkedHashMap<String, String>();
        after.put("daysReceived", Long.toString(received));
        after.put("daysAdded", Long.toString(stored.added()));
        after.put("daysCorrected", Long.toString(stored.changed()));
        after.put("daysUnchanged", Long.toString(stored.unchanged()));
        after.put("firstDay", from.map(LocalDate::toString).orElse(""));
        after.put("lastDay", until.map(LocalDate::toString).orElse(""));
        return after;
    }
}
