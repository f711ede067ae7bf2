package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process manual in memory, behaving as the JDBC adapter does: a new process (version 0) is
 * stored as version 1 and its code must be free; an update must carry the stored version and bumps
 * it; stored process versions are never changed, only versions with a new number are added.
 */
public final class InMemoryProcessManual implements ProcessManual {

    static final String CODE_TAKEN = "validation.compliance.code-taken";

    private final Map<ProcessId, Process> processes = new LinkedHashMap<>();

    @Override
    public synchronized List<Process> all() {
        return processes.values().stream().sorted(Comparator.comparing(Process::code)).toList();
    }

    @Override
    public synchronized Optional<Process> byId(ProcessId id) {
        return Optional.ofNullable(processes.get(id));
    }

    @Override
    public synchronized Optional<Process> byCode(ProcessCode code) {
        return processes.values().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public synchronized Process save(Process process) {
        var stored = processes.get(process.id());
        if (process.version() == 0) {
            if (stored != null) {
                throw new ConcurrentModification("Process", process.id());
            }
            if (byCode(process.code()).isPresent()) {
                throw new InvalidValue("code", CODE_TAKEN, process.code().value());
            }
            var saved = new Process(process.id(), process.code(), process.name(), process.versions(), 1);
            processes.put(saved.id(), saved);
            return saved;
        }
        if (stored == null || stored.version() != process.version()) {
            throw new ConcurrentModification("Process", process.id());
        }
        var versions = new ArrayList<>(stored.versions());
        var numbers = stored.versions().stream().map(ProcessVersion::number).toList();
        process.versions().stream().filter(v -> !numbers.contains(v.number())).forEach(versions::add);
        var saved = new Process(stored.id(), stored.code(), process.name(), versions, process.version() + 1);
        processes.put(saved.id(), saved);
        return new Process(process.id(), process.code(), process.name(), process.versions(), saved.version());
    }
}
