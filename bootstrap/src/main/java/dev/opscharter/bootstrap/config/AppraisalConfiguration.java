package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.documents.appraisal.FiguresWorkbook;
import dev.opscharter.adapters.documents.appraisal.ScorecardFiles;
import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.appraisal.port.out.ScorecardRenderer;
import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.appraisal.service.AppraisalService;
import dev.opscharter.application.appraisal.service.FigureSheetService;
import dev.opscharter.application.appraisal.service.CoreStaffRetentionSource;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.complaints.service.MajorComplaintRateSource;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.incidents.service.IncidentIndicatorsSource;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.application.team.service.TeamIndicatorsSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The appraisal context's use cases: scorecards (and their files), figures and standards. */
@Configuration(proxyBeanMethods = false)
public class AppraisalConfiguration {

    /** The figures computed from records; later contexts (surveys, compliance, …) add theirs here. */
    @Bean
    CoreStaffRetentionSource coreStaffRetention(People people, Departments departments, Clock clock) {
        return new CoreStaffRetentionSource(people, departments, clock);
    }

    /**
     * Risk control from the incidents: timeliness, major accidents, and risk incidence over the business volume,
     * the actuals of the metric {@code opscharter.risks.incidence-volume-metric} (ORDERS unless set).
     */
    @Bean
    IncidentIndicatorsSource riskControl(Incidents incidents, IncidentTypes types, Metrics metrics, Actuals actuals,
                                         @Value("${opscharter.risks.incidence-volume-metric:"
                                                 + IncidentIndicatorsSource.DEFAULT_VOLUME_METRIC + "}")
                                         String volumeMetric, Clock clock) {
        return new IncidentIndicatorsSource(incidents, types, metrics, actuals, volumeMetric, clock);
    }

    @Bean
    MajorComplaintRateSource majorComplaintRate(Complaints complaints) {
        return new MajorComplaintRateSource(complaints);
    }

    /**
     * Team management from the team's records: the appraisal pass rate and the training plan completion; a period
     * without appraisals or without a course due is typed by hand.
     */
    @Bean
    TeamIndicatorsSource teamManagement(TrainingPlans plans, AppraisalResults results, People people, Clock clock) {
        return new TeamIndicatorsSource(plans, results, people, clock);
    }

    /** The scorecard's PDF and workbook, written by the documents adapter in the screens' words. */
    @Bean
    ScorecardRenderer scorecardRenderer() {
        return new ScorecardFiles();
    }

    @Bean
    AppraisalService appraisalService(List<IndicatorSource> sources, ManualEntries manualEntries, Standards standards,
                                      ScorecardApprovals approvals, Attachments attachments,
                                      ScorecardRenderer renderer, Directory directory, UseCase useCase) {
        return new AppraisalService(sources, manualEntries, standards, approvals, attachments, renderer, directory,
                useCase);
    }

    /** The figures screen as a workbook: written and read by the documents adapter, checked by the use case. */
    @Bean
    FigureSheetService figureSheet(AppraisalService scorecards, UseCase useCase) {
        return new FigureSheetService(scorecards, new FiguresWorkbook(), useCase);
    }
}
