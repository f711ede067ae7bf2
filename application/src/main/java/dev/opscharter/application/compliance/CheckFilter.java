package dev.opscharter.application.compliance;

import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.ProcessCode;

import java.util.Optional;

/**
 * Which checks a list shows: all, or those of one process's scope. Shared by the query port and the
 * store, so it lives beside them rather than in either.
 */
public record CheckFilter(Optional<ProcessCode> process) {

    public static final CheckFilter ALL = new CheckFilter(Optional.empty());

    public boolean matches(CheckEntry check) {
        return process.isEmpty() || check.process().equals(process);
    }
}
