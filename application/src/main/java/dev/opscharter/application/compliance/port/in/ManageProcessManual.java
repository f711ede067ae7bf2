package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.shared.BilingualName;

import java.util.List;

/**
 * Editing the process manual (《运营流程手册》): define a process, add a version (a full definition
 * that takes effect today or later), rename, and import a whole manual file at once. The operations
 * manager and the director may do this; every change is audited.
 */
public interface ManageProcessManual {

    /** What an import did, by process code. */
    record ImportOutcome(List<ProcessCode> created, List<ProcessCode> newVersions, List<ProcessCode> renamed,
                         List<ProcessCode> unchanged) {

        public ImportOutcome {
            created = List.copyOf(created);
            newVersions = List.copyOf(newVersions);
            renamed = List.copyOf(renamed);
            unchanged = List.copyOf(unchanged);
        }

        public boolean changedAnything() {
            return !created.isEmpty() || !newVersions.isEmpty() || !renamed.isEmpty();
        }
    }

    /**
     * An import refused as a whole: nothing was changed. Names the file's line and the reason as
     * an i18n message key with its arguments.
     */
    final class ImportRejected extends RuntimeException {

        private final int line;
        private final String messageKey;
        private final List<Object> arguments;

        public ImportRejected(int line, String messageKey, Object... arguments) {
            super("line " + line + ": " + messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
            this.line = line;
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }

        public int line() {
            return line;
        }

        public String messageKey() {
            return messageKey;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }

    /**
     * A new process with its first version (which may take effect on a past day, to bring in a
     * process that has been running); a taken code is an {@code InvalidValue} on "code".
     */
    ProcessId define(ProcessCode code, BilingualName name, VersionDraft first);

    /**
     * The next version of a process, in full; it takes effect today or later (organization time zone).
     *
     * @param expectedVersion the process's version as it was read; a newer one means someone else changed it
     * @return the new version's number
     */
    int addVersion(ProcessId process, VersionDraft next, long expectedVersion);

    void rename(ProcessId process, BilingualName name, long expectedVersion);

    /**
     * Imports a whole manual in one transaction: an unknown process code is defined with every
     * version of the file; for a known one, the file's versions that differ from every stored version
     * are added (each taking effect today or later), and a changed name renames it. Any refusal
     * ({@link ImportRejected}) leaves the manual exactly as it was.
     */
    ImportOutcome importManual(List<ImportedProcess> processes);

    /**
     * Reads a manual file (YAML or Excel, told apart by its content) and imports it as
     * {@link #importManual} does.
     *
     * @throws dev.opscharter.application.compliance.ManualFileRejected for a file that cannot be read, naming
     *                                                                   every problem with its line
     */
    ImportOutcome importFile(byte[] file);
}
