package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.documents.survey.SurveyResultsFiles;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.service.ResultsExportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The survey results as files (Excel, PDF), written through the same queries as the results screen. */
@Configuration(proxyBeanMethods = false)
public class SurveyDocumentsConfiguration {

    @Bean
    ResultsExportService resultsExportService(CampaignQueries queries, Departments departments, UseCase useCase) {
        return new ResultsExportService(queries, departments, new SurveyResultsFiles(), useCase);
    }
}
