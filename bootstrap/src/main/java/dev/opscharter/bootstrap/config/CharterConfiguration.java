package dev.opscharter.bootstrap.config;

import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.charter.service.CharterService;
import dev.opscharter.application.charter.service.WorkItemService;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The charter context's use cases: the charter's versions and the work items judged by it. */
@Configuration(proxyBeanMethods = false)
public class CharterConfiguration {

    @Bean
    CharterService charterService(Charters charters, SettingsStore settings, Transactions transactions,
                                  CurrentActor actor, Audit audit, Clock clock) {
        return new CharterService(charters, settings, transactions, actor, audit, clock);
    }

    @Bean
    WorkItemService workItemService(WorkItems items, Charters charters, SettingsStore settings, UserAccounts accounts,
                                    People people, Notifications notifications, Transactions transactions,
                                    ProcessedRequests processed, CurrentActor actor, Audit audit, Clock clock) {
        return new WorkItemService(items, charters, settings, accounts, people, notifications, transactions,
                processed, actor, audit, clock);
    }
}
