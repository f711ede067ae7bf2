package dev.opscharter.adapters.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.shared.AccessDenied;
import org.springframework.stereotype.Component;

/**
 * Once a user has signed in, their session takes the language they chose last time and the
 * organization's time zone. Before sign-in the browser's language applies. Every UI passes its
 * navigation through the {@link PasswordChangeGate}.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final String DONE = "opscharter.sessionSetUp";

    private final MyAccount myAccount;
    private final ManageSettings settings;

    SessionSetup(MyAccount myAccount, ManageSettings settings) {
        this.myAccount = myAccount;
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            setUp(init.getUI().getSession());
            init.getUI().addBeforeEnterListener(new PasswordChangeGate(myAccount));
        });
    }

    void setUp(VaadinSession session) {
        if (session.getAttribute(DONE) != null) {
            return;
        }
        try {
            var me = myAccount.me();
            Formats.useTimeZone(session, settings.current().timeZone());
            session.setLocale(me.account().language().locale());
            session.setAttribute(DONE, Boolean.TRUE);
        } catch (AccessDenied notSignedInYet) {
            // the login page: keep the browser's language, and ask the database nothing, so the
            // page still opens (and can say the service is unavailable) when the database is down
        }
    }
}
