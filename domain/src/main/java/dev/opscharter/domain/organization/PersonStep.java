package dev.opscharter.domain.organization;

/** What the administrator may do next to a person; {@link Person#allowedSteps} says which. */
public enum PersonStep {
    EDIT,
    RECORD_DEPARTURE,
    REHIRE
}
