package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.domain.organization.Password;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashes with the same encoder Spring Security verifies with. */
@Component
class BcryptPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    BcryptPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(Password password) {
        return encoder.encode(password.reveal());
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
