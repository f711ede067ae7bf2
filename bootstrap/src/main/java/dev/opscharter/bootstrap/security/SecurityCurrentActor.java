package dev.opscharter.bootstrap.security;

import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The acting user from Spring Security's context (the Vaadin session's, in UI requests). */
@Component
class SecurityCurrentActor implements CurrentActor {

    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public Actor get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.ANONYMOUS;
        }
        if (authentication instanceof SystemTasks.SystemAuthentication) {
            return Actor.SYSTEM;
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .filter(ROLE_NAMES::contains)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return Actor.user(authentication.getName(), roles);
    }
}
