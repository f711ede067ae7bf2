package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.compliance.service.InspectionReportService;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.UseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inspection report of a compliance check (SPEC §4, 检查报告) meets its adapters: the check
 * results, the manual, the corrective actions and the directory for what it says, the UI adapter's
 * renderer (PDF and Excel in the interface's own words, a component of that adapter) and the archive
 * that keeps the files of a closed check. {@link ComplianceCheckConfiguration} hands the service to the check, which keeps the
 * report when it closes.
 */
@Configuration(proxyBeanMethods = false)
public class InspectionReportConfiguration {

    @Bean
    InspectionReportService inspectionReportService(ComplianceChecks checks, ProcessManual manual,
                                                    CorrectiveActions actions, Directory directory,
                                                    SettingsStore settings, InspectionReportRenderer renderer,
                                                    InspectionReportArchive archive, UseCase useCase) {
        return new InspectionReportService(checks, manual, actions, directory, settings, renderer, archive, useCase);
    }
}
