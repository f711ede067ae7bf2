package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.Role;

import java.time.Instant;

/** A sign-off decision on a reserved work item: who, in which capacity, when, and what they said. */
public record SignOff(boolean approved, String by, Role as, Instant at, String comment) {
}
