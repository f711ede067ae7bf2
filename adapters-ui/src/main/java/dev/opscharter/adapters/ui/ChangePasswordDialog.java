package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.PasswordPair;
import dev.opscharter.application.organization.port.in.MyAccount;

/** Any signed-in user changes their own password; the current one proves it is really them. */
class ChangePasswordDialog {

    private ChangePasswordDialog() {
    }

    static FormDialog open(MyAccount myAccount) {
        var current = new PasswordField();
        current.setId("my-current-password");
        current.setLabel(current.getTranslation("account.current-password"));
        var fresh = new PasswordPair("my-new-password", "account.new-password");
        var form = new FormLayout(current, fresh.password, fresh.confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var errors = new FormErrors(form).bind("currentPassword", current).bind("password", fresh.password);
        var dialog = new FormDialog(form.getTranslation("account.change-password"),
                form.getTranslation("account.change-password"), "my-password", form, () -> {
            if (!fresh.confirmed()) {
                return false;
            }
            boolean changed = errors.run(() -> myAccount.changePassword(current.getValue(), fresh.password.getValue()));
            if (changed) {
                FormErrors.success(form, form.getTranslation("account.password-changed"));
            }
            return changed;
        });
        dialog.open();
        return dialog;
    }
}
