package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.fakes.InMemoryManualEntries;
import dev.opscharter.application.appraisal.port.out.ManualEntries;

import java.util.UUID;

class ManualEntriesFakeTest extends ManualEntriesContract {

    private final ManualEntries manualEntries = new InMemoryManualEntries();

    @Override
    protected ManualEntries manualEntries() {
        return manualEntries;
    }

    @Override
    protected UUID anAttachment() {
        return UUID.randomUUID();
    }
}
