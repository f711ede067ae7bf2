package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.in.SignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a signed-in session in step with the account: at most every {@code interval} it re-reads
 * the account; a disabled account (or a person who left) ends the session, changed roles replace
 * the session's authorities, so views and menus follow without a new sign-in. The use cases do
 * not wait for this: they re-read the account on every call.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    static final String CHECKED_AT = CurrentAccountFilter.class.getName() + ".checkedAt";

    private final SignIn signIn;
    private final Clock clock;
    private final Duration interval;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    /**
     * The holder this application's security filters use, not the JVM-wide static one: Vaadin installs
     * its own per application context, and the static holder follows whichever context started last.
     */
    private final SecurityContextHolderStrategy holder;

    CurrentAccountFilter(SignIn signIn, Clock clock, Duration interval, SecurityContextHolderStrategy holder) {
        this.signIn = signIn;
        this.clock = clock;
        this.interval = interval;
        this.holder = holder;
        contexts.setSecurityContextHolderStrategy(holder);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = holder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.isAuthenticated() && due(session.getAttribute(CHECKED_AT))) {
            session.setAttribute(CHECKED_AT, clock.instant());
            var account = signIn.credentials(authentication.getName()).filter(SignIn.Credentials::usable);
            if (account.isEmpty()) {
                holder.clearContext();
                session.invalidate();
            } else if (!authorities(authentication).equals(roles(account.get()))) {
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                        AuthorityUtils.createAuthorityList(roles(account.get()).toArray(String[]::new)));
                refreshed.setDetails(authentication.getDetails());
                var context = holder.createEmptyContext();
                context.setAuthentication(refreshed);
                holder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean due(Object checkedAt) {
        return !(checkedAt instanceof Instant last) || !clock.instant().isBefore(last.plus(interval));
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private static Set<String> roles(SignIn.Credentials account) {
        return account.actingRoles().stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
    }
}
