package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.in.SignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes to the lock-out policy. */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final SignIn signIn;

    SignInEvents(SignIn signIn) {
        this.signIn = signIn;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        var username = event.getAuthentication().getName();
        log.info("sign-in failed for user name '{}'", username);
        signIn.failed(username);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        var username = event.getAuthentication().getName();
        log.info("signed in: {}", username);
        signIn.succeeded(username);
    }
}
