package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportSummary;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: a document reaches the use cases' side. */
public class PlantedDocumentUsingInPort {

    public String title(ImportSummary summary) {
        return summary.fileName();
    }
}
