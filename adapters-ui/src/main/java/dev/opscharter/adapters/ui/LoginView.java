package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. The form posts to Spring Security; a failure comes back as {@code ?error}. The page
 * does not say whether the user name exists or the account is locked, so guessing learns nothing.
 * When the account could not be read at all ({@code ?error=unavailable}) it says the service is
 * unavailable.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.error"));

        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        var card = new Div(title, tagline, form, new LanguageSwitch(language -> {
        }));
        card.addClassName("login-card");
        add(card);
    }

    /** {@code errorKey}: the texts shown when the sign-in failed, {@code login.error} or {@code login.unavailable}. */
    private LoginI18n i18n(String errorKey) {
        var i18n = LoginI18n.createDefault();
        var texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey + ".title"));
        error.setMessage(getTranslation(errorKey + ".message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var error = event.getLocation().getQueryParameters().getSingleParameter("error");
        // a database that is down is not a wrong password: the user should try again later, not guess
        boolean unavailable = error.filter(UiSecurity.UNAVAILABLE::equals).isPresent();
        form.setI18n(i18n(unavailable ? "login.unavailable" : "login.error"));
        form.setError(error.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

}
