package dev.opscharter.domain.complaints;

import dev.opscharter.domain.shared.Require;

/**
 * The case of the complaint-handling process, in the execution records, in which a complaint was handled: where
 * complaint handling is a process with execution records, a major complaint names its case so the two can be read
 * together (and the case's compliance judged with the complaint in view).
 */
public record HandlingCase(String processCode, String caseId) {

    public static final int MAX_PROCESS = 48;
    public static final int MAX_CASE = 200;

    public HandlingCase {
        processCode = Require.text(processCode, "processCode", MAX_PROCESS);
        caseId = Require.text(caseId, "caseId", MAX_CASE);
    }
}
