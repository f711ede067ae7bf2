package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.incidents.service.IncidentService;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Incidents (SPEC §5 "Incidents", issue 15) meet their adapters: the types and incidents in PostgreSQL, the
 * inbox and mail through which overdue steps are escalated (as the corrective actions' are), the rectification
 * that takes a post-mortem's follow-ups as corrective actions, and the processed
 * requests that keep a step done once per request. One service answers {@code ManageIncidents},
 * {@code IncidentQueries} and {@code EscalateOverdueSteps} (its job: {@code OverdueIncidentStepsJob}).
 */
@Configuration(proxyBeanMethods = false)
public class IncidentsConfiguration {

    @Bean
    IncidentService incidentService(Incidents incidents, IncidentTypes types, Notifications notifications,
                                    ManageCorrectiveActions actions, UserAccounts accounts,
                                    ProcessedRequests processed, UseCase useCase) {
        return new IncidentService(incidents, types, notifications, actions, accounts, processed, useCase);
    }
}
