package dev.opscharter.bootstrap.config;

import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.charter.service.CharterService;
import dev.opscharter.application.charter.service.WorkItemService;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The charter context's use cases: the charter's versions and the work items judged by it. */
@Configuration(proxyBeanMethods = false)
public class CharterConfiguration {

    @Bean
    CharterService charterService(Charters charters, UseCase useCase) {
        return new CharterService(charters, useCase);
    }

    @Bean
    WorkItemService workItemService(WorkItems items, Charters charters, UserAccounts accounts, People people,
                                    Notifications notifications, UseCase useCase) {
        return new WorkItemService(items, charters, accounts, people, notifications, useCase);
    }
}
