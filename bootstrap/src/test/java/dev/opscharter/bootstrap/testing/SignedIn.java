package dev.opscharter.bootstrap.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.function.Supplier;

/** Who is signed in during a view test: another user for a moment, or from now on. */
public final class SignedIn {

    private final UserDetailsService users;

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    /** Runs use cases as another user, as if in another session; the signed-in user stays. */
    public <T> T as(String username, Supplier<T> work) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var previous = holder.getContext();
        holder.setContext(contextOf(username));
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }

    /** From now on in this test, {@code username} is the signed-in user (the next navigation shows it). */
    public void switchTo(String username) {
        SecurityContextHolder.getContextHolderStrategy().setContext(contextOf(username));
    }

    private SecurityContext contextOf(String username) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var user = users.loadUserByUsername(username);
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        return context;
    }
}
