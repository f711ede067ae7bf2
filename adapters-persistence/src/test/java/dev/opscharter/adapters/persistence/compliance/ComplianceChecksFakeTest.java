package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryComplianceChecks;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;

class ComplianceChecksFakeTest extends ComplianceChecksContract {

    private final ComplianceChecks checks = new InMemoryComplianceChecks();

    @Override
    protected ComplianceChecks checks() {
        return checks;
    }
}
