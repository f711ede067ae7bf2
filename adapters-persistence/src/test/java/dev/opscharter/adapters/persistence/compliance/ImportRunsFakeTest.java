package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryImportRuns;
import dev.opscharter.application.compliance.port.out.ImportRuns;

class ImportRunsFakeTest extends ImportRunsContract {

    private final ImportRuns runs = new InMemoryImportRuns();

    @Override
    protected ImportRuns runs() {
        return runs;
    }
}
