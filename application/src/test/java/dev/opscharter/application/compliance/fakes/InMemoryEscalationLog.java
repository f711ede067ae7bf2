package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.domain.compliance.CorrectiveActionId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class InMemoryEscalationLog implements EscalationLog {

    private final Set<List<Object>> sent = new HashSet<>();

    @Override
    public synchronized boolean markSent(CorrectiveActionId action, String recipient, LocalDate day) {
        return sent.add(List.of(action, recipient, day));
    }
}
