package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.ManageProcessManual;
import dev.opscharter.application.compliance.port.in.ProcessManualQueries;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The process manual's use cases. Reading is for the operations roles and the auditor; editing and
 * importing for the manager and the director. A version, once added, is never changed: an edit is
 * the next version, taking effect today or later, so past cases stay judged by what was in force.
 */
public final class ProcessManualService implements ManageProcessManual, ProcessManualQueries {

    static final String ENTITY = "Process";
    static final String EFFECTIVE_IN_PAST = "validation.compliance.effective-in-past";
    static final String DUPLICATE_PROCESS = "compliance.manual.import.duplicate-process";
    static final String EMPTY_FILE = "compliance.manual.import.empty";
    static final String NO_VERSION = "validation.compliance.no-version";

    private static final Role[] READERS = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR};
    private static final Role[] EDITORS = {Role.OPS_MANAGER, Role.OPS_DIRECTOR};

    private final ProcessManual manual;
    private final SettingsStore settings;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public ProcessManualService(ProcessManual manual, SettingsStore settings, Transactions transactions,
                                CurrentActor actor, Audit audit, Clock clock) {
        this.manual = manual;
        this.settings = settings;
        this.transactions = transactions;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- queries

    @Override
    public List<Process> processes() {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> manual.all().stream()
                .sorted(Comparator.comparing(Process::code)).toList());
    }

    @Override
    public Process process(ProcessId id) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> manual.byId(id).orElseThrow(() -> new NotFound(ENTITY, id)));
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
    }

    // ---- commands

    @Override
    public ProcessId define(ProcessCode code, BilingualName name, VersionDraft first) {
        AccessDenied.unlessAnyOf(actor.get(), EDITORS);
        var process = Process.define(code, name, first.numbered(1));
        return transactions.inTransaction(() -> {
            var saved = manual.save(process);
            audit.created(ENTITY, saved.id(), label(saved), created(saved));
            return saved.id();
        });
    }

    @Override
    public int addVersion(ProcessId id, VersionDraft next, long expectedVersion) {
        AccessDenied.unlessAnyOf(actor.get(), EDITORS);
        var version = next.numbered(1);
        return transactions.inTransaction(() -> {
            var stored = manual.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            if (stored.version() != expectedVersion) {
                throw new ConcurrentModification(ENTITY, id);
            }
            requireNotPast(next);
            var saved = addAndAudit(stored, version);
            return saved.latest().number();
        });
    }

    @Override
    public void rename(ProcessId id, BilingualName name, long expectedVersion) {
        AccessDenied.unlessAnyOf(actor.get(), EDITORS);
        transactions.run(() -> {
            var stored = manual.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            if (stored.version() != expectedVersion) {
                throw new ConcurrentModification(ENTITY, id);
            }
            if (!stored.name().equals(name)) {
                renameAndAudit(stored, name);
            }
        });
    }

    @Override
    public ImportOutcome importManual(List<ImportedProcess> processes) {
        AccessDenied.unlessAnyOf(actor.get(), EDITORS);
        if (processes.isEmpty()) {
            throw new ImportRejected(1, EMPTY_FILE);
        }
        var seen = new HashMap<ProcessCode, Integer>();
        for (var process : processes) {
            if (seen.putIfAbsent(process.code(), process.line()) != null) {
                throw new ImportRejected(process.line(), DUPLICATE_PROCESS, process.code().value(),
                        seen.get(process.code()));
            }
            if (process.versions().isEmpty()) {
                throw new ImportRejected(process.line(), NO_VERSION);
            }
        }
        return transactions.inTransaction(() -> {
            var today = today();
            var plans = new ArrayList<Runnable>();
            var created = new ArrayList<ProcessCode>();
            var newVersions = new ArrayList<ProcessCode>();
            var renamed = new ArrayList<ProcessCode>();
            var unchanged = new ArrayList<ProcessCode>();
            // check the whole file first; write only once nothing was refused
            for (var imported : processes) {
                var stored = manual.byCode(imported.code());
                if (stored.isEmpty()) {
                    var versions = imported.versions().stream().map(v -> numbered(v, 1)).toList();
                    plans.add(() -> {
                        var process = Process.define(imported.code(), imported.name(), versions.getFirst());
                        for (var later : versions.subList(1, versions.size())) {
                            process = process.withVersion(later, 0);
                        }
                        var saved = manual.save(process);
                        audit.created(ENTITY, saved.id(), label(saved), created(saved));
                    });
                    created.add(imported.code());
                    continue;
                }
                var process = stored.get();
                var added = new ArrayList<ProcessVersion>();
                for (var version : imported.versions()) {
                    if (process.versions().stream().anyMatch(v -> version.draft().sameAs(v))) {
                        continue;
                    }
                    var valid = numbered(version, 1);
                    if (version.draft().effectiveFrom().isBefore(today)) {
                        throw new ImportRejected(version.line(), EFFECTIVE_IN_PAST, imported.code().value(),
                                version.draft().effectiveFrom().toString(), today.toString());
                    }
                    added.add(valid);
                }
                boolean rename = !process.name().equals(imported.name());
                if (rename) {
                    renamed.add(imported.code());
                }
                if (!added.isEmpty()) {
                    newVersions.add(imported.code());
                }
                if (!rename && added.isEmpty()) {
                    unchanged.add(imported.code());
                    continue;
                }
                plans.add(() -> {
                    var current = process;
                    if (rename) {
                        current = renameAndAudit(current, imported.name());
                    }
                    for (var version : added) {
                        current = addAndAudit(current, version);
                    }
                });
            }
            plans.forEach(Runnable::run);
            return new ImportOutcome(created, newVersions, renamed, unchanged);
        });
    }

    // ---- helpers

    private static ProcessVersion numbered(ImportedVersion version, int number) {
        try {
            return version.draft().numbered(number);
        } catch (InvalidValue invalid) {
            throw new ImportRejected(version.line(), invalid.messageKey(), invalid.arguments().toArray());
        }
    }

    private void requireNotPast(VersionDraft draft) {
        var today = today();
        if (draft.effectiveFrom().isBefore(today)) {
            throw new InvalidValue("effectiveFrom", EFFECTIVE_IN_PAST, "", draft.effectiveFrom().toString(),
                    today.toString());
        }
    }

    private Process addAndAudit(Process stored, ProcessVersion version) {
        var saved = manual.save(stored.withVersion(version, stored.version()));
        audit.record(ENTITY, saved.id(), label(saved), AuditAction.UPDATE, summary(stored.latest()),
                summary(saved.latest()));
        return saved;
    }

    private Process renameAndAudit(Process stored, BilingualName name) {
        var saved = manual.save(stored.renamed(name, stored.version()));
        audit.record(ENTITY, saved.id(), label(saved), AuditAction.UPDATE, names(stored), names(saved));
        return saved;
    }

    private static String label(Process process) {
        return process.code().value() + " " + process.name().chinese();
    }

    private static Map<String, String> names(Process process) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("nameZh", process.name().chinese());
        fields.put("nameEn", process.name().english());
        return fields;
    }

    private static Map<String, String> created(Process process) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("code", process.code().value());
        fields.putAll(names(process));
        fields.putAll(summary(process.latest()));
        if (process.versions().size() > 1) {
            fields.put("versions", Integer.toString(process.versions().size()));
        }
        return fields;
    }

    /** A version as an auditor reads it: one field per step. */
    static Map<String, String> summary(ProcessVersion version) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", Integer.toString(version.number()));
        fields.put("effectiveFrom", version.effectiveFrom().toString());
        fields.put("basis", version.basis().name());
        fields.put("endToEndLimit", version.endToEndLimit().map(ProcessManualService::duration).orElse(""));
        fields.put("endSteps", version.endSteps().stream().map(StepCode::value).sorted()
                .collect(Collectors.joining(", ")));
        for (int i = 0; i < version.steps().size(); i++) {
            fields.put("step " + (i + 1), step(version.steps().get(i)));
        }
        return fields;
    }

    private static String step(ProcessStep step) {
        return step.code().value() + " " + step.name().chinese() + " / " + step.name().english()
                + (step.mandatory() ? " [mandatory]" : " [optional]")
                + " roles " + step.responsibleRoles().stream().sorted().collect(Collectors.joining(","))
                + step.limit().map(l -> " ≤ " + duration(l)).orElse("");
    }

    private static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
