package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.domain.organization.Password;

/** A reversible "hash" for use-case tests; the real one is bcrypt in the security adapter. */
public final class PlainTextHasher implements PasswordHasher {

    @Override
    public String hash(Password password) {
        return "plain:" + password.reveal();
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash.equals("plain:" + rawPassword);
    }
}
