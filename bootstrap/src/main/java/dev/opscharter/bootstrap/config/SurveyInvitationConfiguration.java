package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.notifications.MailSender;
import dev.opscharter.adapters.notifications.SurveyInvitationMail;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.InvitationMail;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.service.InvitationService;
import dev.opscharter.application.survey.service.Unanswered;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Survey invitations and reminders: the links go out by mail through the same {@link MailSender} as
 * the notifications (with the same base URL), inbox entries into the shared inbox, and an uploaded
 * list of respondents is read by the execution-record import's readers (CSV or Excel, with their
 * guards against hostile files).
 */
@Configuration(proxyBeanMethods = false)
public class SurveyInvitationConfiguration {

    @Bean
    InvitationMail invitationMail(MailSender mail,
                                  @Value("${opscharter.base-url:http://localhost:8080/}") String baseUrl) {
        return new SurveyInvitationMail(mail, baseUrl);
    }

    @Bean
    InvitationService invitationService(Campaigns campaigns, Invitations invitations, Departments departments,
                                        People people, UserAccounts accounts, InboxStore inbox, InvitationMail mail,
                                        RowFiles files, Unanswered unanswered, ProcessedRequests processed,
                                        UseCase useCase) {
        return new InvitationService(campaigns, invitations, departments, people, accounts, inbox, mail, files::open,
                unanswered, processed, useCase);
    }
}
