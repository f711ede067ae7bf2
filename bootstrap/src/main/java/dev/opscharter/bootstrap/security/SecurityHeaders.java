package dev.opscharter.bootstrap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The headers a security review expects, on every response: also on those Spring Security's
 * filter chain never sees (Vaadin has it skip static resources and some of its own requests).
 * Set before anything else runs, so Spring Security's header writers, which add a header only
 * when it is missing, agree with them.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /**
     * Everything from this origin only, nothing may frame it. Vaadin Flow needs {@code 'unsafe-inline'}
     * and {@code 'unsafe-eval'} for scripts (its bootstrap page starts the client engine inline and the
     * engine builds functions from the expressions the server sends) and {@code 'unsafe-inline'} for
     * styles; charts are server-side SVG, images may be data URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) { // over HTTPS, directly or by a proxy's X-Forwarded-Proto
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
