package dev.opscharter.bootstrap.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs work as someone other than a signed-in request: the system actor (housekeeping jobs and
 * start-up seeding, which no user triggers: the audit trail names "system"), the schedule (runs
 * the schedule starts: "scheduled"), or a named user (a job a user started runs on their behalf).
 */
public final class SystemTasks {

    private SystemTasks() {
    }

    public static <T> T asSystem(Supplier<T> work) {
        return as(new SystemAuthentication(), work);
    }

    /** Runs work as the schedule: what it does is attributed to "scheduled", not to anyone. */
    public static <T> T asScheduled(Supplier<T> work) {
        return as(new ScheduleAuthentication(), work);
    }

    private static <T> T as(AbstractAuthenticationToken authentication, Supplier<T> work) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var previous = holder.getContext();
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
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
     * Runs work on behalf of a named user, with the roles their account holds <em>now</em> (read again
     * by the current actor at each use case): a job a user started, and the seeding of demo data. A
     * user whose account is disabled or gone acts as nobody, so the use case refuses.
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

    static final class ScheduleAuthentication extends SystemAuthentication {

        @Override
        public Object getPrincipal() {
            return "scheduled";
        }
    }

    static class SystemAuthentication extends AbstractAuthenticationToken {

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
