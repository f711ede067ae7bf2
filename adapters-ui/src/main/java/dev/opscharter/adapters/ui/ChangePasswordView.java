package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.PasswordPair;
import dev.opscharter.application.organization.port.in.MyAccount;
import jakarta.annotation.security.PermitAll;

/**
 * Where an account with a generated password (the first administrator's) lands after signing in,
 * and the only view it can open until it has set its own password ({@link PasswordChangeGate}).
 * The account holds no roles until then, so after the change it signs in again and gets them.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "account/password";

    ChangePasswordView(MyAccount myAccount, AuthenticationContext authentication) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var current = new PasswordField(getTranslation("account.current-password"));
        current.setId("forced-current-password");
        var fresh = new PasswordPair("forced-new-password", "account.new-password");
        var form = new FormLayout(current, fresh.password, fresh.confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var errors = new FormErrors(form).bind("currentPassword", current).bind("password", fresh.password);
        var change = new Button(getTranslation("account.change-password"), e -> {
            if (fresh.confirmed() && errors.run(() -> myAccount.changePassword(current.getValue(),
                    fresh.password.getValue()))) {
                authentication.logout();
            }
        });
        change.setId("forced-change-password");
        change.addThemeVariants(ButtonVariant.PRIMARY);

        var title = new H1(getTranslation("account.change-password"));
        var why = new Paragraph(getTranslation("account.must-change-password"));
        why.setId("forced-change-reason");
        var card = new Div(title, why, form, change);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.change-password") + " · " + getTranslation("app.name");
    }
}
