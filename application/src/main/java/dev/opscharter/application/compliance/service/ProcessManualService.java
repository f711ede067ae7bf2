package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.port.in.ManageProcessManual;
import dev.opscharter.application.compliance.port.in.ProcessManualQueries;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.compliance.port.out.ProcessManualFiles;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.opscharter.domain.compliance.CompliancePermission.EDIT_MANUAL;
import static dev.opscharter.domain.compliance.CompliancePermission.READ;

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

    /**
     * A change shows its names and its latest version (an edit changes one or the other); the creation
     * shows more ({@link #created}).
     */
    static final RecordType<ProcessId, Process> TYPE = new RecordType<>(ENTITY, Process::id,
            ProcessManualService::label, ProcessManualService::changeable, Process::version, ProcessId::toString,
            text -> new ProcessId(UUID.fromString(text)));

    private final ProcessManual manual;
    private final UseCase uc;
    private final ProcessManualFiles files;

    public ProcessManualService(ProcessManual manual, UseCase uc, ProcessManualFiles files) {
        this.manual = manual;
        this.uc = uc;
        this.files = files;
    }

    // ---- queries

    @Override
    public List<Process> processes() {
        return uc.read(READ, () -> manual.all().stream()
                .sorted(Comparator.comparing(Process::code)).toList());
    }

    @Override
    public Process process(ProcessId id) {
        return uc.read(READ, () -> manual.byId(id).orElseThrow(() -> new NotFound(ENTITY, id)));
    }

    @Override
    public byte[] exportFile(ManualFormat format) {
        return files.write(processes(), format);
    }

    @Override
    public LocalDate today() {
        return uc.calendar().today();
    }

    // ---- commands

    @Override
    public ProcessId define(ProcessCode code, BilingualName name, VersionDraft first) {
        return uc.write(EDIT_MANUAL, () -> createdAndAudited(Process.define(code, name, first.numbered(1))).id());
    }

    @Override
    public int addVersion(ProcessId id, VersionDraft next, long expectedVersion) {
        return uc.change(EDIT_MANUAL, TYPE, manual, id, expectedVersion, AuditAction.UPDATE, (me, stored) -> {
            var version = next.numbered(1);
            requireNotPast(next);
            return stored.withVersion(version, stored.version());
        }).latest().number();
    }

    @Override
    public void rename(ProcessId id, BilingualName name, long expectedVersion) {
        // the same name again changes nothing and leaves no audit entry
        uc.run(EDIT_MANUAL, () -> {
            var stored = manual.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            if (stored.version() != expectedVersion) {
                throw new ConcurrentModification(ENTITY, id);
            }
            if (!stored.name().equals(name)) {
                uc.save(TYPE, manual, AuditAction.UPDATE, stored, stored.renamed(name, stored.version()));
            }
        });
    }

    @Override
    public ImportOutcome importFile(byte[] file) {
        uc.require(EDIT_MANUAL); // before a stranger's file is parsed
        return importManual(files.read(file, ManualFormat.of(file)));
    }

    @Override
    public ImportOutcome importManual(List<ImportedProcess> processes) {
        return uc.write(EDIT_MANUAL, () -> {
            refuseMalformed(processes);
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
                        createdAndAudited(process);
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
                        current = uc.save(TYPE, manual, AuditAction.UPDATE, current,
                                current.renamed(imported.name(), current.version()));
                    }
                    for (var version : added) {
                        current = uc.save(TYPE, manual, AuditAction.UPDATE, current,
                                current.withVersion(version, current.version()));
                    }
                });
            }
            plans.forEach(Runnable::run);
            return new ImportOutcome(created, newVersions, renamed, unchanged);
        });
    }

    // ---- helpers

    /** What the file says of itself, before anything is compared with the manual. */
    private static void refuseMalformed(List<ImportedProcess> processes) {
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
    }

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

    private Process createdAndAudited(Process process) {
        var saved = manual.save(process);
        uc.audit(ENTITY, saved.id(), label(saved), AuditAction.CREATE, Map.of(), created(saved));
        return saved;
    }

    /** Names and the latest version: a rename changes only the names, a new version only the rest. */
    private static Map<String, String> changeable(Process process) {
        var fields = names(process);
        fields.putAll(summary(process.latest()));
        return fields;
    }

    private static String label(Process process) {
        return process.code().value() + " " + process.name().chinese();
    }

    private static LinkedHashMap<String, String> names(Process process) {
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
