package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.documents.shared.RowFileReader;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.service.ExecutionRecordImport;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.UseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import of execution records (SPEC §4) meets its adapters here: the JDBC {@link ExecutionRecords}
 * (binary COPY into a staging table, merged in the use case's transaction) and the shared
 * transactions, actor and audit trail; the files are read by the documents adapter (CSV, gzip, workbook). Exposed under its inbound port {@code ImportExecutionRecords}.
 */
@Configuration(proxyBeanMethods = false)
public class ExecutionRecordsConfiguration {

    @Bean
    RowFiles executionRecordFiles() {
        return new RowFileReader();
    }

    @Bean
    ExecutionRecordImport executionRecordImport(ExecutionRecords records, UseCase useCase, ImportRuns runs,
                                                RunHeartbeat heartbeat, RowFiles files) {
        return new ExecutionRecordImport(records, useCase, runs, heartbeat, files);
    }
}
