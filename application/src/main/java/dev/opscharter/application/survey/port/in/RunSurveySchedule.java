package dev.opscharter.application.survey.port.in;

/**
 * The quarterly survey schedule, run daily by the scheduler: makes the current quarter's campaign
 * from the last one, opens scheduled campaigns whose window has started and closes open ones whose
 * window has ended. Running it twice on a day, or again after a crash, changes nothing the first
 * run did.
 */
public interface RunSurveySchedule {

    Result run();

    /**
     * @param created campaigns made by this run (0 or 1)
     * @param opened  campaigns opened by this run
     * @param closed  campaigns closed by this run
     */
    record Result(int created, int opened, int closed) {
    }
}
