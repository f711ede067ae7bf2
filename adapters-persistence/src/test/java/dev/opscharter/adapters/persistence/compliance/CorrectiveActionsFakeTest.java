package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryCorrectiveActions;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;

import java.util.UUID;

class CorrectiveActionsFakeTest extends CorrectiveActionsContract {

    private final CorrectiveActions actions = new InMemoryCorrectiveActions();

    @Override
    protected CorrectiveActions actions() {
        return actions;
    }

    @Override
    protected UUID storedAttachment() {
        return UUID.randomUUID();
    }
}
