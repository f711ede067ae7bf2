package dev.opscharter.application.complaints.port.out;

import dev.opscharter.domain.complaints.HandlingCase;

/** The cases of the execution records a major complaint may name as the one it was handled in. */
public interface HandlingCases {

    /** Whether the execution records hold the case. */
    boolean exists(HandlingCase handlingCase);
}
