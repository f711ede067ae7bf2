package dev.opscharter.application.collaboration.port.in;

/**
 * The daily escalation of overdue project milestones (run by the system), as for overdue corrective actions: from
 * the first overdue day the lead of the department that owns the milestone is reminded, from the third the manager
 * who planned the project is told as well; each person hears about a milestone at most once a day.
 */
public interface EscalateOverdueMilestones {

    Result escalate();

    /** @param overdue milestones found overdue today; @param notified notifications sent by this run */
    record Result(int overdue, int notified) {
    }
}
