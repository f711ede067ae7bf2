package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryProcessManual;
import dev.opscharter.application.compliance.port.out.ProcessManual;

class ProcessManualFakeTest extends ProcessManualContract {

    private final ProcessManual manual = new InMemoryProcessManual();

    @Override
    protected ProcessManual manual() {
        return manual;
    }
}
