package dev.opscharter.application.compliance.port.in;

/**
 * The daily escalation of overdue corrective actions (run by the system): every overdue action's
 * owner is reminded, and from the third overdue day the assigning manager is told as well
 * ({@link dev.opscharter.domain.compliance.EscalationPolicy}); each person hears about an action
 * at most once a day, however often the job runs.
 */
public interface EscalateOverdueActions {

    Result escalate();

    /** @param overdue actions found overdue today; @param notified notifications sent by this run */
    record Result(int overdue, int notified) {
    }
}
