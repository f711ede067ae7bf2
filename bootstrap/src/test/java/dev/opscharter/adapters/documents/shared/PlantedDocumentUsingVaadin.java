package dev.opscharter.adapters.documents.shared;

import com.vaadin.flow.i18n.I18NProvider;

import java.util.Locale;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: a document takes its texts from Vaadin. */
public class PlantedDocumentUsingVaadin {

    public String title(I18NProvider i18n) {
        return i18n.getTranslation("inspection.title", Locale.ENGLISH);
    }
}
