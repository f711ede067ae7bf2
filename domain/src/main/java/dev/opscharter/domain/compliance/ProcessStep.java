package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One step of a process version in the manual's order: whether it is mandatory, the roles that
 * may do it, and the time allowed from the previous step that occurred.
 */
public record ProcessStep(StepCode code, BilingualName name, boolean mandatory, Set<String> responsibleRoles,
                          Optional<Duration> limit) {

    public ProcessStep {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        var roles = new TreeSet<String>();
        for (var role : responsibleRoles) {
            var trimmed = role == null ? "" : role.strip();
            if (trimmed.isEmpty() || trimmed.length() > 64) {
                throw new InvalidValue("responsibleRoles", "validation.compliance.role", String.valueOf(role));
            }
            roles.add(trimmed);
        }
        if (roles.isEmpty()) {
            throw new InvalidValue("responsibleRoles", "validation.required");
        }
        responsibleRoles = Set.copyOf(roles);
        Objects.requireNonNull(limit);
        limit.ifPresent(l -> {
            if (l.isNegative() || l.isZero()) {
                throw new InvalidValue("limit", "validation.compliance.limit-positive");
            }
        });
    }

    public boolean allows(String role) {
        return responsibleRoles.contains(role);
    }
}
