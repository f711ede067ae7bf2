package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessId;

import java.time.LocalDate;
import java.util.List;

/** Reading the process manual; every operations role and the auditor may. */
public interface ProcessManualQueries {

    /** Every process with all its versions, by code. */
    List<Process> processes();

    Process process(ProcessId id);

    /** Today in the organization's time zone: the day that decides which version is in force. */
    LocalDate today();

    /** The whole manual, every version of every process, as a file the import reads back. */
    byte[] exportFile(ManualFormat format);
}
