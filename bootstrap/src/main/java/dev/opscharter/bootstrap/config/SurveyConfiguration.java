package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.persistence.survey.GuardKeyFingerprint;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.application.survey.service.CampaignService;
import dev.opscharter.application.survey.service.ResponseService;
import dev.opscharter.application.survey.service.Unanswered;
import dev.opscharter.domain.survey.GuardKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.Optional;

/**
 * Collaboration satisfaction surveys (SPEC §3) meet their adapters: campaigns, invitations, the
 * append-only responses and the guards of the answered invitations in PostgreSQL, and the guards' key
 * outside it ({@link GuardKeyFile}). The respondent's submission and the managers' screens call the
 * same two services.
 */
@Configuration(proxyBeanMethods = false)
public class SurveyConfiguration {

    /** The key, checked against the fingerprint the database recorded with the first one (after Flyway). */
    @Bean
    GuardKey surveyGuardKey(Environment environment, OpsCharterProperties properties,
                            GuardKeyFingerprint fingerprints) {
        var key = GuardKeyFile.load(Optional.ofNullable(environment.getProperty(GuardKeyFile.PROPERTY)),
                properties.dataDir());
        if (!fingerprints.recordedOr(key.fingerprint()).equals(key.fingerprint())) {
            throw new IllegalStateException("The survey guard key (" + GuardKeyFile.PROPERTY + ", or "
                    + GuardKeyFile.FILE + " in the data directory) is not the one this database's survey answers"
                    + " were recorded with. Start with the original key (from the backup kept with the database);"
                    + " with another one every answered invitation could answer again. See the README, Configuration.");
        }
        return key;
    }

    @Bean
    CampaignService campaignService(Campaigns campaigns, Invitations invitations, Responses responses,
                                    Submissions submissions, Departments departments, UserAccounts accounts,
                                    People people, UseCase useCase) {
        return new CampaignService(campaigns, invitations, responses, submissions, departments, accounts, people,
                useCase);
    }

    @Bean
    ResponseService responseService(Campaigns campaigns, Invitations invitations, Responses responses,
                                    Submissions submissions, Departments departments, GuardKey key, UseCase useCase) {
        return new ResponseService(campaigns, invitations, responses, submissions, departments, key, useCase);
    }

    /** Which invitations are still unanswered: for the reminders and the respondent's page. */
    @Bean
    Unanswered unanswered(Invitations invitations, Submissions submissions, GuardKey key) {
        return new Unanswered(invitations, submissions, key);
    }
}
