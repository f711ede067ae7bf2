package dev.opscharter.domain.team;

/** What may be done next to a training plan. */
public enum TrainingStep {
    ADD_COURSE,
    RECORD_ATTENDANCE,
    RECORD_COMPLETION
}
