package dev.opscharter.bootstrap.security;

import dev.opscharter.adapters.ui.UiSecurity;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.bootstrap.config.OpsCharterProperties;
import dev.opscharter.bootstrap.jobs.JobsDashboardConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import java.time.Clock;
import java.util.Map;

/**
 * Form sign-in through the Vaadin login view; views carry their own role annotations and the use
 * cases check roles again. Health and info are public for load balancers; other actuator
 * endpoints need an administrator. Every response carries the {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** JobRunr's dashboard as the application serves it, for administrators only. */
    private static final String[] JOBS_DASHBOARD = JobsDashboardConfiguration.PATHS.stream()
            .map(path -> path + "/**").toArray(String[]::new);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignIn signIn, Clock clock,
                                            OpsCharterProperties properties,
                                            ObjectProvider<SecurityContextHolderStrategy> holders) throws Exception {
        var holder = holders.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.addFilterBefore(new CurrentAccountFilter(signIn, clock, properties.security().accountCheckInterval(),
                holder), AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                .requestMatchers(JOBS_DASHBOARD).hasRole("ADMIN"));
        // the jobs dashboard's scripts cannot send the token; its proxy refuses cross-site changes instead
        http.csrf(csrf -> csrf.ignoringRequestMatchers(JOBS_DASHBOARD));
        UiSecurity.apply(http);
        http.with(new SignInFailures(), Customizer.withDefaults());
        return http.build();
    }

    /**
     * A sign-in that fails because the account could not be read (the database is down) is not a
     * wrong password: the login view says the service is unavailable instead. A configurer of its
     * own, registered after Vaadin's: the form login must be Vaadin's (with its login view) before
     * the failure handler is set on it, or Spring would serve its default login page.
     */
    private static final class SignInFailures extends AbstractHttpConfigurer<SignInFailures, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            var failures = new ExceptionMappingAuthenticationFailureHandler();
            failures.setDefaultFailureUrl("/login?error");
            failures.setExceptionMappings(Map.of(InternalAuthenticationServiceException.class.getName(),
                    "/login?error=" + UiSecurity.UNAVAILABLE));
            http.formLogin(form -> form.failureHandler(failures));
        }
    }

    /** First of all filters, so that every response has them. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** bcrypt, behind Spring's delegating encoder so the algorithm can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
