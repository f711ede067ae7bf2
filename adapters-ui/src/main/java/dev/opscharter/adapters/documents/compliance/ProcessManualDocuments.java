package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.port.out.ProcessManualFiles;
import dev.opscharter.domain.compliance.Process;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The process manual's files: YAML ({@link ProcessManualYaml}) and Excel ({@link ProcessManualWorkbook}). */
public final class ProcessManualDocuments implements ProcessManualFiles {

    @Override
    public byte[] write(List<Process> processes, ManualFormat format) {
        return switch (format) {
            case YAML -> ProcessManualYaml.write(processes).getBytes(StandardCharsets.UTF_8);
            case XLSX -> ProcessManualWorkbook.write(processes);
        };
    }

    @Override
    public List<ImportedProcess> read(byte[] file, ManualFormat format) {
        return switch (format) {
            case YAML -> ProcessManualYaml.read(file);
            case XLSX -> ProcessManualWorkbook.read(file);
        };
    }
}
