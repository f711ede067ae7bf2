package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.port.out.ProcessManualFiles;
import dev.opscharter.domain.compliance.Process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Manual files for use-case tests: a written file is the format and the process codes; reading
 * returns what the test put in {@link #toRead} and remembers the format the file was taken for.
 */
public final class RecordingManualFiles implements ProcessManualFiles {

    public final List<ImportedProcess> toRead = new ArrayList<>();
    public final List<ManualFormat> read = new ArrayList<>();

    @Override
    public byte[] write(List<Process> processes, ManualFormat format) {
        var codes = processes.stream().map(p -> p.code().value()).toList();
        return (format + ":" + String.join(",", codes)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<ImportedProcess> read(byte[] file, ManualFormat format) {
        read.add(format);
        return List.copyOf(toRead);
    }
}
