package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.domain.compliance.Process;

import java.util.List;

/** Writes the process manual to a file and reads one back, in each {@link ManualFormat}. */
public interface ProcessManualFiles {

    /** Every process with all its versions, as a file the import reads back unchanged. */
    byte[] write(List<Process> processes, ManualFormat format);

    /** @throws ManualFileRejected naming every problem with its line; a hostile file is one of them */
    List<ImportedProcess> read(byte[] file, ManualFormat format);
}
