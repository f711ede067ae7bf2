package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryEscalationLog;
import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.domain.compliance.CorrectiveActionId;

class CorrectiveActionEscalationLogFakeTest extends CorrectiveActionEscalationLogContract {

    private final EscalationLog log = new InMemoryEscalationLog();

    @Override
    protected EscalationLog log() {
        return log;
    }

    @Override
    protected CorrectiveActionId storedAction() {
        return CorrectiveActionId.random();
    }
}
