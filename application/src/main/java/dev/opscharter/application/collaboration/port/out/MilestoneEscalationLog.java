package dev.opscharter.application.collaboration.port.out;

import dev.opscharter.domain.collaboration.MilestoneId;

import java.time.LocalDate;

/** Who was told about which overdue milestone on which day: the once-a-day rule of the escalation. */
public interface MilestoneEscalationLog {

    /**
     * Records that {@code recipient} is told about the milestone on {@code day}.
     *
     * @return false when that was already recorded (nothing is sent twice)
     */
    boolean markSent(MilestoneId milestone, String recipient, LocalDate day);
}
