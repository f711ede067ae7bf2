package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;

/** Runs a check in the background (JobRunr in production), after the caller's transaction committed. */
public interface CheckScheduler {

    void enqueue(CheckId check);
}
