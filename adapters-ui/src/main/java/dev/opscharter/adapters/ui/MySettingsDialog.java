package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.organization.port.in.MyAccount;

/**
 * Any signed-in user's own settings: whether their notifications also come by e-mail (the inbox
 * always has them), and, for reference, the address they go to and the language they are
 * written in (the language switch in the top bar changes that).
 */
final class MySettingsDialog {

    private MySettingsDialog() {
    }

    static FormDialog open(MyAccount myAccount) {
        var me = myAccount.me();
        var account = me.account();
        var mail = new Checkbox(label("my-settings.mail-notifications"), account.mailNotifications());
        mail.setId("my-mail-notifications");
        mail.setHelperText(label("my-settings.mail-notifications.help"));
        var address = readOnly("my-email", "my-settings.email", me.person().email().value());
        var language = readOnly("my-language", "my-settings.language", label("language." + account.language().name()));
        var form = new FormLayout(mail, address, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var errors = new FormErrors(form);
        var dialog = new FormDialog(label("my-settings.title"), label("action.save"), "my-settings", form, () -> {
            boolean saved = errors.run(() -> myAccount.changeMailNotifications(mail.getValue(), account.version()));
            if (saved) {
                FormErrors.success(form, label("my-settings.saved"));
            }
            return saved;
        });
        dialog.open();
        return dialog;
    }

    private static TextField readOnly(String id, String labelKey, String value) {
        var field = new TextField(label(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    private static String label(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
