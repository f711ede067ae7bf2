package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.application.survey.service.SatisfactionSource;
import dev.opscharter.application.survey.service.SurveySchedule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Surveys on a schedule and on the scorecard: the quarterly schedule the daily job runs, and the
 * collaboration satisfaction as an indicator source — the appraisal service takes every
 * {@code IndicatorSource} bean, so a quarter with a closed campaign reads its figure from it and
 * refuses one typed by hand.
 */
@Configuration(proxyBeanMethods = false)
public class SurveyScorecardConfiguration {

    @Bean
    SatisfactionSource collaborationSatisfaction(Campaigns campaigns, Invitations invitations,
                                                 Submissions submissions, Responses responses,
                                                 Departments departments) {
        return new SatisfactionSource(campaigns, invitations, submissions, responses, departments);
    }

    @Bean
    SurveySchedule surveySchedule(Campaigns campaigns, UseCase useCase) {
        return new SurveySchedule(campaigns, useCase);
    }
}
