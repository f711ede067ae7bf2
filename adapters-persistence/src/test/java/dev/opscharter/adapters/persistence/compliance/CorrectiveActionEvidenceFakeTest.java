package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryCorrectiveActionEvidence;
import dev.opscharter.application.compliance.port.out.CorrectiveActionEvidence;

class CorrectiveActionEvidenceFakeTest extends CorrectiveActionEvidenceContract {

    private final CorrectiveActionEvidence files = new InMemoryCorrectiveActionEvidence();

    @Override
    protected CorrectiveActionEvidence files() {
        return files;
    }
}
