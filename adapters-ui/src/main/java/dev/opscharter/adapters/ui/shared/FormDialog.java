package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.function.BooleanSupplier;

/** A modal dialog around a form with Cancel and a primary button; it closes once the action succeeded. */
public final class FormDialog extends Dialog {

    /**
     * @param idPrefix the buttons get the ids {@code <idPrefix>-save} and {@code <idPrefix>-cancel}
     * @param action   runs the use case, answers whether it succeeded
     */
    public FormDialog(String title, String actionText, String idPrefix, Component form, BooleanSupplier action) {
        setHeaderTitle(title);
        setId(idPrefix + "-dialog");
        setCloseOnOutsideClick(false);
        add(form);
        var save = new Button(actionText, e -> {
            if (action.getAsBoolean()) {
                close();
            }
        });
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
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
