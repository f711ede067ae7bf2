package dev.opscharter.application.collaboration.fakes;

import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.domain.collaboration.MilestoneId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The escalation's once-a-day bookkeeping in memory, as the table's unique key keeps it. */
public final class InMemoryMilestoneEscalationLog implements MilestoneEscalationLog {

    private final Set<List<Object>> sent = new HashSet<>();

    @Override
    public synchronized boolean markSent(MilestoneId milestone, String recipient, LocalDate day) {
        return sent.add(List.of(milestone, recipient, day));
    }
}
