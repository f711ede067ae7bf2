package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A password typed twice. The second field only catches a typing mistake the user cannot see;
 * the password rules themselves are the domain's and come back as errors on the first field.
 */
public final class PasswordPair {

    public final PasswordField password = new PasswordField();
    public final PasswordField confirmation = new PasswordField();

    /** @param id the first field's id; the second one's is {@code <id>-confirm} */
    public PasswordPair(String id, String labelKey) {
        password.setId(id);
        password.setLabel(password.getTranslation(labelKey));
        password.setRequiredIndicatorVisible(true);
        confirmation.setId(id + "-confirm");
        confirmation.setLabel(confirmation.getTranslation("password.confirm"));
        confirmation.setRequiredIndicatorVisible(true);
    }

    /** @return whether both fields hold the same text; marks the confirmation otherwise */
    public boolean confirmed() {
        boolean same = password.getValue().equals(confirmation.getValue());
        confirmation.setInvalid(!same);
        confirmation.setErrorMessage(same ? null : confirmation.getTranslation("validation.password.mismatch"));
        return same;
    }
}
