package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The acting user: who signed in comes from Spring Security's context (the Vaadin session's, in UI
 * requests); what they may do comes from their account as it is <em>now</em>. So a role taken
 * away, a disabled account or a departure takes effect at the next action, not at the next
 * sign-in.
 */
@Component
class SecurityCurrentActor implements CurrentActor {

    /** Lazy: the sign-in use case itself asks who is acting. */
    private final ObjectProvider<SignIn> signIn;

    SecurityCurrentActor(ObjectProvider<SignIn> signIn) {
        this.signIn = signIn;
    }

    @Override
    public Actor get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.ANONYMOUS;
        }
        if (authentication instanceof SystemTasks.ScheduleAuthentication) {
            return Actor.SCHEDULE;
        }
        if (authentication instanceof SystemTasks.SystemAuthentication) {
            return Actor.SYSTEM;
        }
        return signIn.getObject().credentials(authentication.getName())
                .filter(SignIn.Credentials::usable)
                // a generated password not yet changed: every use case that needs a role refuses
                .map(account -> Actor.user(account.username(), account.actingRoles()))
                .orElse(Actor.ANONYMOUS);
    }
}
