package dev.opscharter.adapters.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Vaadin's part of the web security: its internal requests, static resources, the login view and
 * view-level access control. Bootstrap owns the filter chain and calls {@link #apply}; keeping the
 * Vaadin types here keeps {@code com.vaadin} inside the UI adapter.
 */
@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class UiSecurity {

    /** The value of the login view's {@code ?error=} when the sign-in could not be checked at all. */
    public static final String UNAVAILABLE = "unavailable";

    public static void apply(HttpSecurity http) {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    }
}
