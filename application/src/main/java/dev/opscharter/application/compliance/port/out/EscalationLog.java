package dev.opscharter.application.compliance.port.out;

import dev.opscharter.domain.compliance.CorrectiveActionId;

import java.time.LocalDate;

/** Who was told about which overdue action on which day: the once-a-day rule of the escalation. */
public interface EscalationLog {

    /**
     * Records that {@code recipient} is told about the action on {@code day}.
     *
     * @return false when that was already recorded (nothing is sent twice)
     */
    boolean markSent(CorrectiveActionId action, String recipient, LocalDate day);
}
