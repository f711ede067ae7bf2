package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.fakes.InMemoryStandards;
import dev.opscharter.application.appraisal.port.out.Standards;

class StandardsFakeTest extends StandardsContract {

    private final Standards standards = new InMemoryStandards();

    @Override
    protected Standards standards() {
        return standards;
    }
}
