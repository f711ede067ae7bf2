package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.service.RespondentFormService;
import dev.opscharter.application.survey.service.Unanswered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The respondent's page {@code /s/<token>} (SPEC §3): its form service and a security filter chain
 * of its own, ahead of the application's (which takes every other request for Vaadin's sign-in).
 */
@Configuration(proxyBeanMethods = false)
public class SurveyRespondentConfiguration {

    /** Every path of the respondent's page: the controller answers all of them, Vaadin none. */
    static final String[] PATHS = {"/s", "/s/**"};

    /**
     * Marks a request whose path holds a link's token: Tomcat's access log, when an operator turns it on,
     * leaves such requests out ({@code server.tomcat.accesslog.condition-unless} in application.properties).
     */
    public static final String SECRET_PATH = "dev.opscharter.secret-path";

    @Bean
    RespondentFormService respondentFormService(Campaigns campaigns, Invitations invitations, Unanswered unanswered,
                                                Departments departments, UseCase useCase) {
        return new RespondentFormService(campaigns, invitations, unanswered, departments, useCase);
    }

    /**
     * Open to anyone (the link's token is the right, checked by the use case) and stateless: no session
     * is created or read, no request is saved for after a sign-in, no security context is kept — so a
     * respondent gets no cookie. No CSRF token either: a forged cross-site post would need the link's
     * token, which is the secret a CSRF token would be, and the page has no session a token could bind to.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain respondentPageSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore((request, response, chain) -> {
                    request.setAttribute(SECRET_PATH, Boolean.TRUE);
                    chain.doFilter(request, response);
                }, SecurityContextHolderFilter.class);
        return http.build();
    }
}
