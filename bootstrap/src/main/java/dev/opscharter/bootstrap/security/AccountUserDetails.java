package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.in.SignIn;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of an OpsCharter account: roles are the person's, locks are the account's. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final SignIn signIn;

    AccountUserDetails(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = signIn.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                // no roles while a generated password waits to be changed: only the change-password view opens
                .roles(credentials.actingRoles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!credentials.usable())
                .accountLocked(credentials.locked())
                .build();
    }
}
