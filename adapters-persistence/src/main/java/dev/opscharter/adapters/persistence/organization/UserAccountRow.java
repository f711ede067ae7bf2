package dev.opscharter.adapters.persistence.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code user_account}. */
@Table("user_account")
record UserAccountRow(@Id UUID id, String username, String passwordHash, UUID personId, String language,
                      boolean enabled, int failedSignIns, @Nullable Instant lockedUntil, boolean mustChangePassword,
                      boolean mailNotifications, @Version long version) {
}
