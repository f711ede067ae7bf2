package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.fakes.InMemoryCorrectiveActions;
import dev.opscharter.application.compliance.fakes.InMemoryInspectionReportArchive;
import dev.opscharter.application.compliance.fakes.RecordingReportRenderer;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.organization.OrganizationFixture;

import java.util.Map;

/** The inspection reports on fakes, for the tests of the check that closes them and of the reports themselves. */
final class InspectionReportFixture {

    final InMemoryCorrectiveActions actions = new InMemoryCorrectiveActions();
    final InMemoryInspectionReportArchive archive = new InMemoryInspectionReportArchive();
    final RecordingReportRenderer renderer = new RecordingReportRenderer();
    final InspectionReportService service;

    InspectionReportFixture(ComplianceChecks checks, ProcessManual manual, OrganizationFixture org) {
        this.service = new InspectionReportService(checks, manual, actions,
                () -> Map.of("manager", "李明", "specialist", "张晓雨", "owner", "王芳"), org.settings, renderer,
                archive, org.useCase);
    }
}
