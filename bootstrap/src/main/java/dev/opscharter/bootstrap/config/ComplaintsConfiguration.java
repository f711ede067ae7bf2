package dev.opscharter.bootstrap.config;

import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.complaints.port.out.HandlingCases;
import dev.opscharter.application.complaints.service.ComplaintService;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.RowFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complaints (SPEC §5 "Complaints", issue 15) meet their store in PostgreSQL; a major complaint opens its incident
 * through the incidents' own use case ({@code ManageIncidents}), in the same transaction. One service answers
 * {@code RecordComplaints} and {@code ComplaintQueries}.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintsConfiguration {

    @Bean
    ComplaintService complaintService(Complaints complaints, ManageIncidents incidents, RowFiles files,
                                      HandlingCases cases, ProcessedRequests processed, UseCase useCase) {
        return new ComplaintService(complaints, incidents, files, cases, processed, useCase);
    }
}
