package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;

import java.util.List;
import java.util.Optional;

/** The process manual (《运营流程手册》): every process with all its versions. */
public interface ProcessManual extends RecordStore<ProcessId, Process> {

    List<Process> all();

    Optional<Process> byId(ProcessId id);

    Optional<Process> byCode(ProcessCode code);

    /**
     * Version 0 inserts (a taken code is an {@code InvalidValue} on "code"); otherwise the stored
     * version must match, else {@code ConcurrentModification}. Process versions are only ever added.
     */
    Process save(Process process);
}
