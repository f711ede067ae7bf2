package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.bootstrap.observability.Deadline;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Spring Security's view of an OpsCharter account: roles are the person's, locks are the account's.
 * The account is read with a {@linkplain #DEADLINE deadline}: with the database down the pool would
 * hold the sign-in for its connection timeout (30 s) before giving up; now the login page says within
 * seconds that the service is unavailable ({@link InternalAuthenticationServiceException}).
 */
@Component
class AccountUserDetails implements UserDetailsService {

    /** Reading an account takes milliseconds; this long only when the database does not answer. */
    static final Duration DEADLINE = Duration.ofSeconds(3);

    private final SignIn signIn;

    AccountUserDetails(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = account(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                // no roles while a generated password waits to be changed: only the change-password view opens
                .roles(credentials.actingRoles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!credentials.usable())
                .accountLocked(credentials.locked())
                .build();
    }

    private Optional<SignIn.Credentials> account(String username) {
        try {
            return Deadline.await("sign-in", DEADLINE, () -> signIn.credentials(username));
        } catch (TimeoutException late) {
            throw new InternalAuthenticationServiceException("the account was not read within " + DEADLINE);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new InternalAuthenticationServiceException("the account could not be read", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InternalAuthenticationServiceException("interrupted while reading the account", interrupted);
        }
    }
}
