package dev.opscharter.application.compliance;

import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.shared.BilingualName;

import java.util.List;
import java.util.Objects;

/** A process read from a manual file, its versions oldest first, with the line it starts on. */
public record ImportedProcess(int line, ProcessCode code, BilingualName name, List<ImportedVersion> versions) {

    public ImportedProcess {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        versions = List.copyOf(versions);
    }
}
