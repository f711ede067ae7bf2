package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Language;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

final class UserAccountMapper {

    private UserAccountMapper() {
    }

    static UserAccountRow toRow(UserAccount account) {
        return new UserAccountRow(account.id().value(), account.username().value(), account.passwordHash(),
                account.personId().value(), account.language().name(), account.enabled(), account.failedSignIns(),
                account.lockedUntil().map(UserAccountMapper::toMicros).orElse(null), account.mustChangePassword(),
                account.mailNotifications(), account.version());
    }

    /** PostgreSQL keeps microseconds: cut here so that what save returns equals what a load returns. */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static UserAccount toDomain(UserAccountRow row) {
        return UserAccount.reconstitute(new UserAccountId(row.id()), new Username(row.username()),
                row.passwordHash(), new PersonId(row.personId()), Language.valueOf(row.language()), row.enabled(),
                row.failedSignIns(), Optional.ofNullable(row.lockedUntil()), row.mustChangePassword(), row.mailNotifications(),
                row.version());
    }
}
