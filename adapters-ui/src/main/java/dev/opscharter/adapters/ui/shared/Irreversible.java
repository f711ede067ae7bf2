package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.function.BooleanSupplier;

/**
 * Asks before a step that cannot be undone (closing a check, approving a period, closing a
 * campaign), saying what it fixes for good. Nothing happens until the user confirms; the confirm
 * button runs the step once however often it is clicked.
 */
public final class Irreversible {

    private Irreversible() {
    }

    /**
     * @param idPrefix the dialog is {@code <idPrefix>-dialog}, its buttons {@code <idPrefix>-save} and
     *                 {@code <idPrefix>-cancel}
     * @param action   runs the use case, answers whether it succeeded
     */
    public static FormDialog confirm(String title, String consequence, String actionText, String idPrefix,
                                     BooleanSupplier action) {
        var text = new Paragraph(consequence);
        text.setId(idPrefix + "-consequence");
        var warning = new Paragraph(text.getTranslation("confirm.irreversible"));
        warning.setId(idPrefix + "-irreversible");
        warning.addClassName("irreversible");
        var dialog = new FormDialog(title, actionText, idPrefix, new Div(text, warning), action);
        dialog.action().addThemeVariants(ButtonVariant.ERROR);
        dialog.setWidth("min(520px, 95vw)");
        dialog.open();
        return dialog;
    }
}
