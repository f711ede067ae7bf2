package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.compliance.service.ProcessManualService;
import dev.opscharter.application.shared.UseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process manual's use cases (SPEC §4): {@code ManageProcessManual} and {@code ProcessManualQueries}. */
@Configuration(proxyBeanMethods = false)
class ProcessManualConfiguration {

    @Bean
    ProcessManualService processManualService(ProcessManual manual, UseCase useCase) {
        return new ProcessManualService(manual, useCase);
    }
}
