package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.domain.shared.Period;

/** The director's approval, which freezes a period's scorecard. */
public interface ApproveScorecards {

    void approve(Period period, String comment);
}
