package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryExecutionRecords;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;

class ExecutionRecordsFakeTest extends ExecutionRecordsContract {

    private final ExecutionRecords records = new InMemoryExecutionRecords();

    @Override
    protected ExecutionRecords records() {
        return records;
    }
}
