package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.function.BooleanSupplier;

/**
 * A modal dialog around a form with Cancel and a primary button; it closes once the action succeeded.
 * The button disables itself on the click, in the browser already, so a double click runs the action
 * once; a refused action (a field error, a rule) enables it again for the corrected form. A creating
 * action also carries the dialog's request key to its use case, which keeps a repeat from creating twice.
 */
public final class FormDialog extends Dialog {

    private final Button save;

    /**
     * @param idPrefix the buttons get the ids {@code <idPrefix>-save} and {@code <idPrefix>-cancel}
     * @param action   runs the use case, answers whether it succeeded
     */
    public FormDialog(String title, String actionText, String idPrefix, Component form, BooleanSupplier action) {
        setHeaderTitle(title);
        setId(idPrefix + "-dialog");
        setCloseOnOutsideClick(false);
        add(form);
        save = new Button(actionText);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            boolean done = false;
            try {
                done = action.getAsBoolean();
            } finally {
                if (done) {
                    close();
                } else {
                    save.setEnabled(true);
                }
            }
        });
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
    }

    /** The primary button, for a caller that marks it (a red button for an irreversible step). */
    public Button action() {
        return save;
    }

    /**
     * Offers to load the record again, for when someone else changed it meanwhile (the save then
     * failed with a concurrent-modification message); the typed changes are replaced.
     */
    public void allowReload(String id, Runnable reload) {
        var button = new Button(getTranslation("action.reload"), e -> reload.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().addComponentAsFirst(button);
    }
}
