package dev.opscharter.application.incidents.port.in;

/**
 * The escalation of overdue incident steps (run by the system, as the corrective actions' is): whoever's turn the
 * overdue step is (the one who did the step before, the reporter for the first) and the reporter are told through
 * the inbox and mail, once per overdue step, however often the job runs.
 */
public interface EscalateOverdueSteps {

    Result escalateOverdue();

    /** @param overdue overdue steps escalated by this run; @param notified notifications sent by this run */
    record Result(int overdue, int notified) {
    }
}
