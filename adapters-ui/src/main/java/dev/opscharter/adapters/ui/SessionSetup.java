package dev.opscharter.adapters.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.shared.AccessDenied;
import org.springframework.stereotype.Component;

/**
 * Once a user has signed in, their session takes the language they chose last time and the
 * organization's time zone. Before sign-in the browser's language applies. A signed-in user whose
 * account was disabled meanwhile (or who has left) is signed out at the next navigation.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final String DONE = "opscharter.sessionSetUp";

    private final MyAccount myAccount;
    private final ManageSettings settings;
    private final AuthenticationContext authentication;

    SessionSetup(MyAccount myAccount, ManageSettings settings, AuthenticationContext authentication) {
        this.myAccount = myAccount;
        this.settings = settings;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            setUp(init.getUI().getSession());
            init.getUI().addBeforeEnterListener(this::signOutIfNoLongerAllowed);
        });
    }

    private void signOutIfNoLongerAllowed(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        try {
            myAccount.me();
        } catch (AccessDenied accountGone) {
            authentication.logout();
        }
    }

    void setUp(VaadinSession session) {
        if (session.getAttribute(DONE) != null) {
            return;
        }
        Formats.useTimeZone(session, settings.current().timeZone());
        try {
            var me = myAccount.me();
            session.setLocale(me.account().language().locale());
            session.setAttribute(DONE, Boolean.TRUE);
        } catch (AccessDenied notSignedInYet) {
            // the login page: keep the browser's language
        }
    }
}
