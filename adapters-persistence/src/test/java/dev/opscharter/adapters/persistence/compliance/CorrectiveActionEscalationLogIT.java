package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Set;

@PersistenceIntegrationTest
class CorrectiveActionEscalationLogIT extends CorrectiveActionEscalationLogContract {

    @Autowired
    private EscalationLog log;
    @Autowired
    private CorrectiveActions actions;

    @Override
    protected EscalationLog log() {
        return log;
    }

    @Override
    protected CorrectiveActionId storedAction() {
        return actions.save(CorrectiveAction.create(new FindingRef(null, "2026-Q2", "P", DeviationType.WRONG_ROLE,
                        "S"), "", 1, "t", "specialist", DAY, "", Actor.user("manager", Set.of(Role.OPS_MANAGER)),
                Instant.parse("2026-07-01T00:00:00Z"))).id();
    }
}
