package dev.opscharter.adapters.ui;

import dev.opscharter.adapters.documents.shared.Bilingual;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: a screen writes a document itself. */
public class PlantedViewUsingDocuments {

    public String heading() {
        return Bilingual.label("检查报告", "Inspection report");
    }
}
