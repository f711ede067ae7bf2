package dev.opscharter.domain.organization;

/** What the administrator may do next to an account; {@link UserAccount#allowedSteps} says which. */
public enum AccountStep {
    RESET_PASSWORD,
    DISABLE,
    ENABLE,
    UNLOCK
}
