package dev.opscharter.bootstrap.security;

import dev.opscharter.adapters.ui.UiSecurity;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.bootstrap.config.OpsCharterProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import java.time.Clock;

/**
 * Form sign-in through the Vaadin login view; views carry their own role annotations and the use
 * cases check roles again. Health and info are public for load balancers; other actuator
 * endpoints need an administrator.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignIn signIn, Clock clock,
                                            OpsCharterProperties properties) throws Exception {
        http.addFilterBefore(new CurrentAccountFilter(signIn, clock, properties.security().accountCheckInterval()),
                AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN"));
        UiSecurity.apply(http);
        return http.build();
    }

    /** bcrypt, behind Spring's delegating encoder so the algorithm can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
