package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.compliance.service.ProcessManualService;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The process manual's use cases (SPEC §4): {@code ManageProcessManual} and {@code ProcessManualQueries}. */
@Configuration(proxyBeanMethods = false)
class ProcessManualConfiguration {

    @Bean
    ProcessManualService processManualService(ProcessManual manual, SettingsStore settings, Transactions transactions,
                                              CurrentActor actor, Audit audit, Clock clock) {
        return new ProcessManualService(manual, settings, transactions, actor, audit, clock);
    }
}
