package dev.opscharter.adapters.persistence;

import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportSummary;

import java.util.List;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: persistence must not use an in-port's type. */
public class PlantedRowUsingInPort {

    public ImportSummary summary(String fileName) {
        return new ImportSummary(fileName, 0, 0, 0, List.of());
    }
}
