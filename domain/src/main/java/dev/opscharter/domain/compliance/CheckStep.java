package dev.opscharter.domain.compliance;

/** What someone may do next to a compliance check; {@link CheckEntry#allowedSteps} says which. */
public enum CheckStep {
    RUN_AGAIN,
    CLOSE
}
