package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.service.CampaignService;
import dev.opscharter.application.survey.service.ResponseService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Collaboration satisfaction surveys (SPEC §3) meet their adapters: campaigns, invitations and the
 * append-only responses in PostgreSQL. The respondent's submission and the managers' screens call
 * the same two services.
 */
@Configuration(proxyBeanMethods = false)
public class SurveyConfiguration {

    @Bean
    CampaignService campaignService(Campaigns campaigns, Invitations invitations, Responses responses,
                                    Departments departments, UserAccounts accounts, People people, UseCase useCase) {
        return new CampaignService(campaigns, invitations, responses, departments, accounts, people, useCase);
    }

    @Bean
    ResponseService responseService(Campaigns campaigns, Invitations invitations, Responses responses,
                                    Departments departments, UseCase useCase) {
        return new ResponseService(campaigns, invitations, responses, departments, useCase);
    }
}
