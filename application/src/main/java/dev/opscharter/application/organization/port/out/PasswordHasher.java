package dev.opscharter.application.organization.port.out;

import dev.opscharter.domain.organization.Password;

/** One-way password hashing; the algorithm is the security adapter's choice. */
public interface PasswordHasher {

    String hash(Password password);

    boolean matches(String rawPassword, String hash);
}
