package dev.opscharter.bootstrap.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs work as the system actor: scheduled jobs and start-up seeding, which no user triggers.
 * The audit trail then names "system" as the actor.
 */
public final class SystemTasks {

    private SystemTasks() {
    }

    public static <T> T asSystem(Supplier<T> work) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var previous = holder.getContext();
        var context = holder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work as a named user, with the roles their account holds now. Only for seeding demo
     * data, so that the demo's audit trail and records name the people who would have acted.
     */
    public static void asUser(String username, Runnable work) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var previous = holder.getContext();
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.NO_AUTHORITIES));
        holder.setContext(context);
        try {
            work.run();
        } finally {
            holder.setContext(previous);
        }
    }

    static final class SystemAuthentication extends AbstractAuthenticationToken {

        SystemAuthentication() {
            super(AuthorityUtils.NO_AUTHORITIES);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "system";
        }
    }
}
