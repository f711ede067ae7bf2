package dev.opscharter.bootstrap.config;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.appraisal.service.AppraisalService;
import dev.opscharter.application.appraisal.service.CoreStaffRetentionSource;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Attachments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The appraisal context's use cases: scorecards, figures and standards. */
@Configuration(proxyBeanMethods = false)
public class AppraisalConfiguration {

    /** The figures computed from records; later contexts (surveys, compliance, …) add theirs here. */
    @Bean
    CoreStaffRetentionSource coreStaffRetention(People people, Departments departments, Clock clock) {
        return new CoreStaffRetentionSource(people, departments, clock);
    }

    @Bean
    AppraisalService appraisalService(List<IndicatorSource> sources, ManualEntries manualEntries, Standards standards,
                                      ScorecardApprovals approvals, Attachments attachments, UseCase useCase) {
        return new AppraisalService(sources, manualEntries, standards, approvals, attachments, useCase);
    }
}
