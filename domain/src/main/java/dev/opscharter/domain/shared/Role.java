package dev.opscharter.domain.shared;

/**
 * The roles of the specification. They live in the shared kernel because every context checks
 * them; the organization context decides who holds which.
 */
public enum Role {
    OPS_DIRECTOR,
    OPS_MANAGER,
    OPS_SPECIALIST,
    DEPARTMENT_LEAD,
    AUDITOR,
    ADMIN
}
