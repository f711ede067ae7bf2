package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.documents.compliance.ProcessManualDocuments;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.compliance.port.out.ProcessManualFiles;
import dev.opscharter.application.compliance.service.ProcessManualService;
import dev.opscharter.application.shared.UseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process manual's use cases (SPEC §4): {@code ManageProcessManual} and {@code ProcessManualQueries};
 * its files (YAML, Excel) are read and written by the documents adapter.
 */
@Configuration(proxyBeanMethods = false)
class ProcessManualConfiguration {

    @Bean
    ProcessManualFiles processManualFiles() {
        return new ProcessManualDocuments();
    }

    @Bean
    ProcessManualService processManualService(ProcessManual manual, UseCase useCase, ProcessManualFiles files) {
        return new ProcessManualService(manual, useCase, files);
    }
}
