package dev.opscharter.adapters.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.shared.AccessDenied;

/**
 * Sends an account that still has its generated password to {@link ChangePasswordView}, whatever
 * it tries to open. The server enforces it twice more: such an account signs in without roles, and
 * the use cases act for it without roles.
 */
final class PasswordChangeGate implements BeforeEnterListener {

    private final transient MyAccount myAccount;

    PasswordChangeGate(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        try {
            if (myAccount.me().account().mustChangePassword()) {
                event.forwardTo(ChangePasswordView.class); // forward: the address bar says where the user is
            }
        } catch (AccessDenied notSignedIn) {
            // Vaadin's access control sends anonymous users to the login view
        }
    }
}
