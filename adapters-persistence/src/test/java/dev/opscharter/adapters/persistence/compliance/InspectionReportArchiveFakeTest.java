package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryInspectionReportArchive;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.domain.compliance.CheckId;

class InspectionReportArchiveFakeTest extends InspectionReportArchiveContract {

    private final InspectionReportArchive archive = new InMemoryInspectionReportArchive();

    @Override
    protected InspectionReportArchive archive() {
        return archive;
    }

    @Override
    protected CheckId closedCheck() {
        return CheckId.random();
    }
}
