package dev.opscharter.domain.organization;

/** What the administrator may do next to a department; {@link Department#allowedSteps} says which. */
public enum DepartmentStep {
    EDIT,
    DEACTIVATE,
    REACTIVATE
}
