package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.CorrectiveActionEvidence;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class CorrectiveActionEvidenceFilesIT extends CorrectiveActionEvidenceContract {

    @Autowired
    private CorrectiveActionEvidence files;

    @Override
    protected CorrectiveActionEvidence files() {
        return files;
    }
}
